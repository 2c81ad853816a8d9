package org.forecastledger.review;

/** A session write that the session's state does not allow now (votes after the reveal, a decision before it). */
public class ReviewConflict extends RuntimeException {

    public ReviewConflict(String message) {
        super(message, null, false, false);
    }
}
