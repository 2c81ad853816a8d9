package org.forecastledger.verdict;

import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A verdict as a client sends it. Fields are taken as text and checked here, so that every bad field is named in
 * one 400 answer instead of the first one failing deep inside JSON binding.
 */
public record VerdictRequest(String status, String asOf, String rationale, List<EvidenceRequest> evidence,
        Integer expectedRevision) {

    public record EvidenceRequest(String date, String summary, String source, String url) {
    }

    static final int MAX_RATIONALE = 8000;
    static final int MAX_EVIDENCE = 50;
    static final int MAX_URL = 2000;

    public NewVerdict validate() {
        List<FieldError> errors = new ArrayList<>();
        VerdictStatus parsedStatus = null;
        if (blank(status)) {
            errors.add(new FieldError("status", "is required"));
        } else {
            try {
                parsedStatus = VerdictStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be one of " + Arrays.toString(VerdictStatus.values())));
            }
        }
        LocalDate parsedAsOf = date("asOf", asOf, errors);
        if (blank(rationale)) {
            errors.add(new FieldError("rationale", "is required: say why"));
        } else {
            text("rationale", rationale, MAX_RATIONALE, errors);
        }
        if (expectedRevision == null) {
            errors.add(new FieldError("expectedRevision", "is required: the revision number you saw"));
        } else if (expectedRevision < 0) {
            errors.add(new FieldError("expectedRevision", "must not be negative"));
        }
        List<EvidenceItem> items = new ArrayList<>();
        List<EvidenceRequest> given = evidence == null ? List.of() : evidence;
        if (given.size() > MAX_EVIDENCE) {
            errors.add(new FieldError("evidence", "at most " + MAX_EVIDENCE + " items"));
        }
        for (int i = 0; i < Math.min(given.size(), MAX_EVIDENCE); i++) {
            EvidenceRequest item = given.get(i);
            String at = "evidence[" + i + "]";
            if (item == null) {
                errors.add(new FieldError(at, "must be an object"));
                continue;
            }
            LocalDate date = date(at + ".date", item.date(), errors);
            text(at + ".summary", item.summary(), 4000, errors);
            text(at + ".source", item.source(), 1000, errors);
            if (!blank(item.url()) && item.url().length() > MAX_URL) {
                errors.add(new FieldError(at + ".url", "must be at most " + MAX_URL + " characters"));
            } else if (!blank(item.url()) && !EvidenceItem.isWebAddress(item.url())) {
                errors.add(new FieldError(at + ".url", "must be an absolute http(s) address"));
            }
            if (date != null && !blank(item.summary()) && !blank(item.source())) {
                items.add(new EvidenceItem(date, item.summary().trim(), item.source().trim(),
                        blank(item.url()) ? null : item.url().trim()));
            }
        }
        if (parsedStatus != null && parsedStatus.needsEvidence() && given.isEmpty()) {
            errors.add(new FieldError("evidence", "a " + parsedStatus + " verdict needs at least one evidence item"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NewVerdict(parsedStatus, parsedAsOf, rationale.trim(), items);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(new FieldError(field, "is required (yyyy-mm-dd)"));
            return null;
        }
        return NewVerdict.parseDate(field, value, errors);
    }

    private static void text(String field, String value, int max, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
    }
}
