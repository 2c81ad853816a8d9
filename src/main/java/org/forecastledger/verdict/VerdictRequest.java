package org.forecastledger.verdict;

import org.forecastledger.web.Fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        Fields fields = new Fields();
        VerdictStatus parsedStatus = fields.choice("status", status, VerdictStatus.class);
        LocalDate parsedAsOf = fields.date("asOf", asOf, NewVerdict.EARLIEST, NewVerdict.LATEST);
        String checkedRationale = fields.required("rationale", rationale, MAX_RATIONALE);
        fields.atLeast("expectedRevision", expectedRevision, 0);
        List<EvidenceItem> items = new ArrayList<>();
        List<EvidenceRequest> given = evidence == null ? List.of() : evidence;
        fields.atMost("evidence", given.size(), MAX_EVIDENCE);
        for (int i = 0; i < Math.min(given.size(), MAX_EVIDENCE); i++) {
            EvidenceRequest item = given.get(i);
            String at = "evidence[" + i + "]";
            if (item == null) {
                fields.add(at, "must be an object");
                continue;
            }
            LocalDate date = fields.date(at + ".date", item.date(), NewVerdict.EARLIEST, NewVerdict.LATEST);
            String summary = fields.required(at + ".summary", item.summary(), 4000);
            String source = fields.required(at + ".source", item.source(), 1000);
            String url = fields.optionalUrl(at + ".url", item.url(), MAX_URL);
            if (date != null && summary != null && source != null) {
                items.add(new EvidenceItem(date, summary, source, url));
            }
        }
        if (parsedStatus != null && parsedStatus.needsEvidence() && given.isEmpty()) {
            fields.add("evidence", "a " + parsedStatus + " verdict needs at least one evidence item");
        }
        fields.throwIfAny();
        return new NewVerdict(parsedStatus, parsedAsOf, checkedRationale, items);
    }
}
