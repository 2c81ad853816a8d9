package org.forecastledger.verdict;

import org.forecastledger.verdict.VerdictRequest.EvidenceRequest;
import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The verdict form on a claim's page, as shown or as typed: evidence comes as rows of four fields, and a row left
 * blank is ignored. Turned into a {@link VerdictRequest} so that the page and the API check a verdict alike.
 */
public record VerdictForm(String status, String asOf, String rationale, int expectedRevision, List<Row> rows) {

    /** Blank rows offered below the filled ones. */
    static final int BLANK_ROWS = 2;
    static final int MAX_ROWS = VerdictRequest.MAX_EVIDENCE;

    public record Row(int index, String date, String summary, String source, String url) {
        /** The name the validation gives this row's field, e.g. {@code evidence[2].date}. */
        public String field(String name) {
            return "evidence[" + index + "]." + name;
        }

        public int number() {
            return index + 1;
        }

        boolean isBlank() {
            return blank(date) && blank(summary) && blank(source) && blank(url);
        }
    }

    /**
     * The form for a new revision of a claim whose newest revision is {@code revision}: the current verdict's status
     * and evidence, today's date, no rationale yet.
     */
    public static VerdictForm startingFrom(VerdictStatus status, List<EvidenceItem> evidence, int revision,
            LocalDate today) {
        List<Row> rows = new ArrayList<>();
        for (EvidenceItem item : evidence) {
            rows.add(new Row(rows.size(), item.date().toString(), item.summary(), item.source(),
                    item.url() == null ? "" : item.url()));
        }
        return new VerdictForm(status == null ? "" : status.name(), today.toString(), "", revision,
                withBlanks(rows, BLANK_ROWS));
    }

    public List<VerdictStatus> statuses() {
        return List.of(VerdictStatus.values());
    }

    /** The revision this form appends. */
    public int nextRevision() {
        return expectedRevision + 1;
    }

    /** The form as a browser sent it; repeated fields give the evidence rows in order. */
    public static VerdictForm typed(Map<String, List<String>> fields) {
        List<String> dates = fields.getOrDefault("evidenceDate", List.of());
        List<String> summaries = fields.getOrDefault("evidenceSummary", List.of());
        List<String> sources = fields.getOrDefault("evidenceSource", List.of());
        List<String> urls = fields.getOrDefault("evidenceUrl", List.of());
        int count = Math.min(MAX_ROWS + BLANK_ROWS, IntStream.of(dates.size(), summaries.size(), sources.size(),
                urls.size()).max().orElse(0));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(i, at(dates, i), at(summaries, i), at(sources, i), at(urls, i)));
        }
        int expected;
        try {
            expected = Integer.parseInt(first(fields, "expectedRevision").trim());
        } catch (NumberFormatException e) {
            expected = -1;
        }
        return new VerdictForm(first(fields, "status"), first(fields, "asOf"), first(fields, "rationale"), expected,
                rows);
    }

    /** The same typed values with one more blank evidence row (the form's "add a row", without JavaScript). */
    public VerdictForm withAnotherRow() {
        return new VerdictForm(status, asOf, rationale, expectedRevision, withBlanks(new ArrayList<>(rows), 1));
    }

    /** The same typed values, now aware of the newer revision (a conflict the person has seen). */
    public VerdictForm expecting(int revision) {
        return new VerdictForm(status, asOf, rationale, revision, rows);
    }

    /**
     * The verdict the form describes.
     *
     * @throws InvalidInputException naming each bad field as the form names it ({@code evidence[2].date})
     */
    public NewVerdict verdict() {
        List<EvidenceRequest> evidence = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (Row row : rows) {
            if (!row.isBlank()) {
                evidence.add(new EvidenceRequest(row.date(), row.summary(), row.source(), row.url()));
                rowOf.add(row.index());
            }
        }
        try {
            return new VerdictRequest(status, asOf, rationale, evidence, expectedRevision < 0 ? null : expectedRevision)
                    .validate();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors.stream().map(error -> onRow(error, rowOf)).toList());
        }
    }

    private static FieldError onRow(FieldError error, List<Integer> rowOf) {
        if (!error.field().startsWith("evidence[")) {
            return error;
        }
        int close = error.field().indexOf(']');
        int index = Integer.parseInt(error.field().substring("evidence[".length(), close));
        return new FieldError("evidence[" + rowOf.get(index) + "]" + error.field().substring(close + 1),
                error.message());
    }

    private static List<Row> withBlanks(List<Row> rows, int blanks) {
        for (int i = 0; i < blanks && rows.size() < MAX_ROWS + BLANK_ROWS; i++) {
            rows.add(new Row(rows.size(), "", "", "", ""));
        }
        return rows;
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
