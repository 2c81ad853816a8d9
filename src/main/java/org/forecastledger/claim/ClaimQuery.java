package org.forecastledger.claim;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.forecastledger.document.Document;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.web.Fields;
import org.forecastledger.web.Problem.FieldError;

import org.forecastledger.verdict.NewVerdict;

import java.net.URLEncoder;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The query parameters that filter, sort and page claims, as typed by a person or a script. Parsing checks them
 * all and reports every bad one at once; an empty parameter means "any", as an HTML form sends it.
 */
public class ClaimQuery {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_TEXT = 200;

    @QueryParam("year")
    @Parameter(description = "Comparison column (year of the source document), e.g. 2021")
    public String year;
    @QueryParam("theme")
    @Parameter(description = "Theme id (see /api/themes)")
    public String theme;
    @QueryParam("status")
    @Parameter(description = "Current verdict: HELD, PARTIAL, FAILED, PENDING or UNRESOLVABLE (case-insensitive)")
    public String status;
    @QueryParam("document")
    @Parameter(description = "Document id (see /api/documents)")
    public String document;
    @QueryParam("attributedTo")
    @Parameter(description = "Who predicted, exactly as in a claim's attributedTo")
    public String attributedTo;
    @QueryParam("q")
    @Parameter(description = "Text to find in the statement, quote, id or attribution (at most 200 characters)")
    public String q;
    @QueryParam("changedSince")
    @Parameter(description = "Only claims with a verdict revision recorded on or after this day (yyyy-mm-dd)")
    public String changedSince;
    @QueryParam("due")
    @Parameter(description = "true: only claims due for review (PENDING past their horizon, or a verdict older than "
            + "the configured age)")
    public String due;
    @QueryParam("health")
    @Parameter(description = "true: only claims with open (unexplained) ledger-health findings (see /api/ledger-health)")
    public String health;
    @QueryParam("sort")
    @Parameter(description = "Order: document (default), id, year, theme, status or attribution; always stable")
    public String sort;
    @QueryParam("page")
    @Parameter(description = "Page number, counting from 0")
    public String page;
    @QueryParam("size")
    @Parameter(description = "Page size, 1 to 200 (default 50)")
    public String size;

    public ClaimFilter filter() {
        List<FieldError> errors = new ArrayList<>();
        ClaimFilter filter = filter(errors);
        new Fields(errors).throwIfAny();
        return filter;
    }

    private ClaimFilter filter(List<FieldError> errors) {
        Integer parsedYear = integer("year", year, 1900, 2100, errors);
        VerdictStatus parsedStatus = present(status)
                ? new Fields(errors).choice("status", status, VerdictStatus.class) : null;
        String parsedTheme = known("theme", theme, errors, id -> Theme.count("id", id) > 0);
        String parsedDocument = known("document", document, errors, id -> Document.count("id", id) > 0);
        String parsedAttribution = text("attributedTo", attributedTo, 300, errors);
        String parsedText = text("q", q, MAX_TEXT, errors);
        LocalDate parsedSince = date("changedSince", changedSince, errors);
        boolean parsedDue = bool("due", due, errors);
        boolean parsedHealth = bool("health", health, errors);
        return new ClaimFilter(parsedYear, parsedTheme, parsedStatus, parsedDocument, parsedAttribution, parsedText,
                parsedSince, parsedDue, parsedHealth);
    }

    /** Filter, sort and page together, for the table and the API. */
    public Paged paged(int defaultSize) {
        List<FieldError> errors = new ArrayList<>();
        ClaimFilter filter = filter(errors);
        ClaimSort parsedSort = ClaimSort.DOCUMENT;
        if (present(sort)) {
            try {
                parsedSort = ClaimSort.valueOf(sort.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("sort", Fields.notOneOf(Arrays.stream(ClaimSort.values())
                        .map(ClaimSort::param).toList().toString(), sort)));
            }
        }
        Integer parsedPage = integer("page", page, 0, 1_000_000, errors);
        Integer parsedSize = integer("size", size, 1, MAX_PAGE_SIZE, errors);
        new Fields(errors).throwIfAny();
        return new Paged(filter, parsedSort, parsedPage == null ? 0 : parsedPage,
                parsedSize == null ? defaultSize : parsedSize);
    }

    /** The query string of this query with one parameter set (a new sort or filter starts again at page 0). */
    public String with(String name, Object value) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("year", year);
        params.put("theme", theme);
        params.put("status", status);
        params.put("document", document);
        params.put("attributedTo", attributedTo);
        params.put("q", q);
        params.put("changedSince", changedSince);
        params.put("due", due);
        params.put("health", health);
        params.put("sort", sort);
        params.put("size", size);
        params.put("page", "page".equals(name) ? page : null);
        params.put(name, String.valueOf(value));
        StringJoiner query = new StringJoiner("&");
        params.forEach((key, val) -> {
            if (present(val)) {
                query.add(key + "=" + URLEncoder.encode(val, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public record Paged(ClaimFilter filter, ClaimSort sort, int page, int size) {
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Integer integer(String name, String value, int min, int max, List<FieldError> errors) {
        return new Fields(errors).optionalNumber(name, value, min, max);
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
        return present(value) ? NewVerdict.parseDate(name, value, errors) : null;
    }

    private static boolean bool(String name, String value, List<FieldError> errors) {
        if (!present(value)) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> {
                errors.add(new FieldError(name, "must be true or false, not '" + shorten(value) + "'"));
                yield false;
            }
        };
    }

    private static String text(String name, String value, int max, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(name, Fields.tooLong(max)));
            return null;
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            // PostgreSQL refuses a NUL in a text parameter, and no theme, document, name or text holds one
            errors.add(new FieldError(name, "must not contain control characters such as NUL or a line break"));
            return null;
        }
        return value.trim();
    }

    private static String known(String name, String value, List<FieldError> errors, Predicate<String> exists) {
        String id = text(name, value, 120, errors);
        if (id == null) {
            return null;
        }
        if (!exists.test(id)) {
            errors.add(new FieldError(name, "no " + name + " with id '" + shorten(id) + "'"));
            return null;
        }
        return id;
    }

    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }
}
