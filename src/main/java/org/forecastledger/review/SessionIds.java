package org.forecastledger.review;

import org.forecastledger.web.NotFoundProblem;

/** A session id as it comes in an address: anything that is not one names no session (404, not 400 or 500). */
final class SessionIds {

    private SessionIds() {
    }

    static long parse(String id) {
        if (id != null && id.matches("[0-9]{1,15}")) {
            return Long.parseLong(id);
        }
        throw new NotFoundProblem("review session", id == null ? "" : Text.shorten(id, 60));
    }
}
