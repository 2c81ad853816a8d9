package org.forecastledger.ingest;

import org.forecastledger.claim.HedgeBand;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.web.Fields;
import org.forecastledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim as a reviewer types it (JSON or form): the passage (start/end, or quote with its occurrence) and the
 * fields of the claim. Every field may be left out: what is missing is taken from the suggestion or guessed.
 */
public record ClaimDraft(String quote, String start, String end, String occurrence, String statement,
        String attributedTo, String theme, String hedgeWords, String hedgeBand, String horizonLabel,
        String horizonUntil) {

    public static final ClaimDraft EMPTY = new ClaimDraft(null, null, null, null, null, null, null, null, null, null,
            null);

    /** The span asked for in {@code text}: start/end (checked against the quote if one is given) or quote + occurrence. */
    int[] span(String text, List<FieldError> errors) {
        Integer from = number("start", start, errors);
        Integer to = number("end", end, errors);
        if (from != null || to != null) {
            if (from == null || to == null) {
                errors.add(new FieldError(from == null ? "start" : "end", "give both start and end"));
                return null;
            }
            if (from < 0 || to <= from || to > text.length()) {
                errors.add(new FieldError("end", "start and end must satisfy 0 ≤ start < end ≤ " + text.length()));
                return null;
            }
            if (present(quote) && !text.substring(from, to).equals(quote)) {
                errors.add(new FieldError("quote", "the quote does not occur at " + from + "–" + to
                        + " of the text"));
                return null;
            }
            return new int[] {from, to};
        }
        if (!present(quote)) {
            errors.add(new FieldError("quote", "give the passage: start and end, or the quote"));
            return null;
        }
        Integer nth = present(occurrence) ? number("occurrence", occurrence, errors) : Integer.valueOf(1);
        if (nth == null || nth < 1) {
            if (nth != null) {
                errors.add(new FieldError("occurrence", "counts from 1"));
            }
            return null;
        }
        int at = -1;
        for (int i = 0; i < nth; i++) {
            at = text.indexOf(quote, at + 1);
            if (at < 0) {
                errors.add(new FieldError(i == 0 ? "quote" : "occurrence", i == 0
                        ? "the quote does not occur in the text (it must be copied exactly)"
                        : "the quote occurs only " + i + (i == 1 ? " time" : " times")));
                return null;
            }
        }
        return new int[] {at, at + quote.length()};
    }

    String statementOr(String fallback, List<FieldError> errors) {
        return text("statement", statement, fallback, 1000, errors);
    }

    String attributedToOr(String fallback, List<FieldError> errors) {
        return text("attributedTo", attributedTo, fallback, 300, errors);
    }

    String hedgeWordsOr(String fallback, List<FieldError> errors) {
        return text("hedgeWords", hedgeWords, fallback, 200, errors);
    }

    String horizonLabelOr(String fallback, List<FieldError> errors) {
        return text("horizonLabel", horizonLabel, fallback, 300, errors);
    }

    HedgeBand bandOr(HedgeBand fallback, List<FieldError> errors) {
        return present(hedgeBand) ? new Fields(errors).choice("hedgeBand", hedgeBand, HedgeBand.class) : fallback;
    }

    /** The horizon date: the one typed, else the fallback; an empty typed value means open-ended. */
    LocalDate untilOr(LocalDate fallback, List<FieldError> errors) {
        if (horizonUntil == null) {
            return fallback;
        }
        return new Fields(errors).optionalDate("horizonUntil", horizonUntil, NewVerdict.EARLIEST, NewVerdict.LATEST);
    }

    static void check(List<FieldError> errors) {
        new Fields(errors).throwIfAny();
    }

    private static String text(String field, String value, String fallback, int max, List<FieldError> errors) {
        return new Fields(errors).required(field, present(value) ? value : fallback, max);
    }

    private static Integer number(String field, String value, List<FieldError> errors) {
        return new Fields(errors).optionalNumber(field, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
