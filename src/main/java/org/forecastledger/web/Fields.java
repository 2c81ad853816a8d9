package org.forecastledger.web;

import org.forecastledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The checks of typed fields (forms, JSON bodies), each with one wording of its message. Each check reads one
 * value, adds what is wrong to the list it was built on and returns the checked value, or null when the field is
 * blank or wrong; {@link #throwIfAny()} then answers every problem at once with a 400.
 */
public final class Fields {

    public static final String REQUIRED = "is required";

    /** Typed values longer than this are cut in messages that quote them. */
    private static final int QUOTED = 40;

    private final List<FieldError> errors;

    public Fields() {
        this(new ArrayList<>());
    }

    /** Checks that add to an existing list of problems. */
    public Fields(List<FieldError> errors) {
        this.errors = errors;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws an {@link InvalidInputException} naming every problem found, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(new ArrayList<>(errors));
        }
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The trimmed text; "is required" when blank. */
    public String required(String field, String value, int max) {
        if (blank(value)) {
            add(field, REQUIRED);
            return null;
        }
        return optional(field, value, max);
    }

    /** The trimmed text, null when blank; a message when too long or holding control characters but line breaks. */
    public String optional(String field, String value, int max) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            add(field, tooLong(max));
            return null;
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            add(field, "must not contain control characters");
            return null;
        }
        return text;
    }

    /** The constant named by the typed value, ignoring case; the allowed names listed when blank or wrong. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        E[] allowed = type.getEnumConstants();
        if (blank(value)) {
            add(field, requiredOneOf(Arrays.toString(allowed)));
            return null;
        }
        String typed = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : allowed) {
            if (constant.name().equals(typed)) {
                return constant;
            }
        }
        add(field, notOneOf(Arrays.toString(allowed), value));
        return null;
    }

    /** An ISO date between {@code earliest} and {@code latest}; "is required (yyyy-mm-dd)" when blank. */
    public LocalDate date(String field, String value, LocalDate earliest, LocalDate latest) {
        if (blank(value)) {
            add(field, "is required (yyyy-mm-dd)");
            return null;
        }
        return optionalDate(field, value, earliest, latest);
    }

    /** As {@link #date}, but null without a message when blank. */
    public LocalDate optionalDate(String field, String value, LocalDate earliest, LocalDate latest) {
        if (blank(value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                add(field, "must be between " + earliest + " and " + latest);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            add(field, "must be an ISO date (yyyy-mm-dd), not '" + quoted(value) + "'");
            return null;
        }
    }

    /** A whole number between {@code min} and {@code max}; "is required" when blank. */
    public Integer number(String field, String value, int min, int max) {
        if (blank(value)) {
            add(field, REQUIRED);
            return null;
        }
        return optionalNumber(field, value, min, max);
    }

    /** As {@link #number}, but null without a message when blank. */
    public Integer optionalNumber(String field, String value, int min, int max) {
        if (blank(value)) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                add(field, outOfRange(min, max, parsed));
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            add(field, "must be a whole number, not '" + quoted(value) + "'");
            return null;
        }
    }

    /** A given whole number of at least {@code min}; "is required" when missing. */
    public Integer atLeast(String field, Integer value, int min) {
        if (value == null) {
            add(field, REQUIRED);
            return null;
        }
        if (value < min) {
            add(field, "must be at least " + min + ", not " + value);
            return null;
        }
        return value;
    }

    /** Whether a list is short enough; "must hold at most N items" when not. */
    public boolean atMost(String field, int size, int max) {
        if (size > max) {
            add(field, "must hold at most " + max + " items");
            return false;
        }
        return true;
    }

    /** An absolute http(s) address, null when blank. */
    public String optionalUrl(String field, String value, int max) {
        if (blank(value)) {
            return null;
        }
        String url = value.strip();
        if (url.length() > max) {
            add(field, tooLong(max));
            return null;
        }
        if (!UrlPath.isWebAddress(url)) {
            add(field, "must be an absolute http(s) address");
            return null;
        }
        return url;
    }

    public static String requiredOneOf(String allowed) {
        return REQUIRED + ": one of " + allowed;
    }

    public static String tooLong(int max) {
        return "must be at most " + max + " characters";
    }

    public static String outOfRange(long min, long max, long typed) {
        return "must be between " + min + " and " + max + ", not " + typed;
    }

    public static String notOneOf(String allowed, String typed) {
        return "must be one of " + allowed + ", not '" + quoted(typed) + "'";
    }

    /** The typed value as a message quotes it: cut to a readable length. */
    public static String quoted(String typed) {
        return typed.length() > QUOTED ? typed.substring(0, QUOTED) + "…" : typed;
    }
}
