package org.forecastledger.review;

import org.forecastledger.web.Problem.FieldError;

import java.util.List;

/** The checks every free-text field of a session takes: length, and no control characters but line breaks. */
final class Text {

    private Text() {
    }

    static String required(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return optional(field, value, max, errors);
    }

    /** The trimmed text, null when blank; a message when too long or holding control characters. */
    static String optional(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new FieldError(field, "must not contain control characters"));
            return null;
        }
        return value.trim();
    }

    static String shorten(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
