package org.forecastledger.web;

import java.util.List;

/** Bad input to the API or a page: answered with 400 and the offending fields, never a 500. */
public class InvalidInputException extends RuntimeException {

    public final List<Problem.FieldError> errors;

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid input"), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }
}
