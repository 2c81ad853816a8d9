package org.forecastledger.review;

import jakarta.ws.rs.core.MultivaluedMap;
import org.forecastledger.review.SessionRequest.FilterRequest;

import java.util.Arrays;
import java.util.List;

/** The "new session" form as shown or typed: a title, and the agenda as listed ids or as a claim filter. */
public record SessionForm(String title, String agenda, String claimIds, String status, String year, String theme,
        String document, String due, String health) {

    public static final SessionForm EMPTY = new SessionForm("", "filter", "", "PENDING", "", "", "", "", "");

    static SessionForm typed(MultivaluedMap<String, String> fields) {
        return new SessionForm(value(fields, "title"), value(fields, "agenda"), value(fields, "claimIds"),
                value(fields, "status"), value(fields, "year"), value(fields, "theme"), value(fields, "document"),
                value(fields, "due"), value(fields, "health"));
    }

    public boolean byIds() {
        return "ids".equals(agenda);
    }

    /** The request the form describes: ids split at commas, spaces and line breaks. */
    SessionRequest request() {
        if (byIds()) {
            List<String> ids = Arrays.stream(claimIds.split("[\\s,]+")).filter(id -> !id.isBlank()).toList();
            return new SessionRequest(title, ids, null);
        }
        return new SessionRequest(title, null, new FilterRequest(status, year, theme, document, due, health));
    }

    private static String value(MultivaluedMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value;
    }
}
