package org.forecastledger.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The messages of a rejected form, one per field, for re-rendering it beside what the person typed. */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(InvalidInputException e) {
        Map<String, String> byField = new LinkedHashMap<>();
        e.errors.forEach(error -> byField.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
        return byField;
    }
}
