package org.forecastledger.ingest;

import org.forecastledger.document.DocumentKind;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The metadata of an upload as typed (form or multipart fields), checked field by field. */
public record UploadRequest(String title, String author, String outlet, String publishedOn, String kind,
        String year) {

    /** The metadata, valid. */
    public record Metadata(String title, String author, String outlet, LocalDate publishedOn, DocumentKind kind,
            int year) {
    }

    /** Every problem with the metadata, each naming its field; empty when all is well. */
    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", title, 300);
        text(errors, "author", author, 200);
        text(errors, "outlet", outlet, 300);
        date(errors);
        if (blank(kind)) {
            errors.add(new FieldError("kind", "kind is required: one of " + Arrays.toString(DocumentKind.values())));
        } else if (kindOf() == null) {
            errors.add(new FieldError("kind", "kind must be one of " + Arrays.toString(DocumentKind.values())
                    + ", not '" + clip(kind) + "'"));
        }
        if (blank(year)) {
            errors.add(new FieldError("year", "year is required: the comparison column, e.g. 2026"));
        } else if (yearOf() == null) {
            errors.add(new FieldError("year", "year must be a whole number between 1900 and 2100, not '"
                    + clip(year) + "'"));
        }
        return errors;
    }

    /** The valid metadata; call only when {@link #problems()} is empty. */
    Metadata metadata() {
        return new Metadata(title.strip(), author.strip(), outlet.strip(), LocalDate.parse(publishedOn.strip()),
                kindOf(), yearOf());
    }

    private void date(List<FieldError> errors) {
        if (blank(publishedOn)) {
            errors.add(new FieldError("publishedOn", "publishedOn is required (yyyy-mm-dd)"));
            return;
        }
        try {
            if (!NewVerdict.isPlausible(LocalDate.parse(publishedOn.strip()))) {
                errors.add(new FieldError("publishedOn", "publishedOn must be between " + NewVerdict.EARLIEST
                        + " and " + NewVerdict.LATEST));
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("publishedOn", "publishedOn must be an ISO date (yyyy-mm-dd), not '"
                    + clip(publishedOn) + "'"));
        }
    }

    private DocumentKind kindOf() {
        return Arrays.stream(DocumentKind.values()).filter(k -> k.name().equalsIgnoreCase(kind.strip()))
                .findFirst().orElse(null);
    }

    private Integer yearOf() {
        try {
            int value = Integer.parseInt(year.strip());
            return value >= 1900 && value <= 2100 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.add(new FieldError(field, field + " is required"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, field + " must be at most " + max + " characters"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
