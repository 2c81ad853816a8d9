package org.forecastledger.web;

/** A named thing (claim, document, theme) does not exist. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String what, String id) {
        super("No " + what + " with id '" + id + "'", null, false, false);
    }
}
