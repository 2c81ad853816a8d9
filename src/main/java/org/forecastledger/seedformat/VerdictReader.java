package org.forecastledger.seedformat;

import org.forecastledger.verdict.EvidenceItem;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a claim's {@code verdict:} block: status, as-of date, rationale and the evidence it needs. */
final class VerdictReader {

    private static final Set<String> VERDICT_FIELDS = Set.of("status", "asOf", "rationale", "evidence");
    private static final Set<String> EVIDENCE_FIELDS = Set.of("date", "summary", "source", "url");

    private VerdictReader() {
    }

    /** The verdict, or null with its problems reported. */
    static NewVerdict read(YamlMapping verdict) {
        verdict.rejectUnknownFields(VERDICT_FIELDS);
        VerdictStatus status = verdict.requiredEnum("status", VerdictStatus.class);
        LocalDate asOf = verdict.requiredDate("asOf");
        String rationale = verdict.requiredText("rationale", 8000);
        List<EvidenceItem> evidence = new ArrayList<>();
        boolean evidenceValid = true;
        for (YamlMapping item : verdict.mappings("evidence", false, "an evidence item")) {
            EvidenceItem read = readEvidence(item);
            if (read == null) {
                evidenceValid = false;
            } else {
                evidence.add(read);
            }
        }
        if (status != null && status.needsEvidence() && evidence.isEmpty() && evidenceValid) {
            verdict.report("status", "a " + status + " verdict needs at least one evidence item");
            return null;
        }
        if (status == null || asOf == null || rationale == null || !evidenceValid) {
            return null;
        }
        return new NewVerdict(status, asOf, rationale.trim(), evidence);
    }

    private static EvidenceItem readEvidence(YamlMapping item) {
        item.rejectUnknownFields(EVIDENCE_FIELDS);
        LocalDate date = item.requiredDate("date");
        String summary = item.requiredText("summary", 4000);
        String source = item.requiredText("source", 1000);
        String url = item.optionalText("url", 2000);
        if (url != null && !EvidenceItem.isWebAddress(url.trim())) {
            item.report("url", "'url' must be an absolute http(s) address, not '" + url + "'");
            return null;
        }
        if (date == null || summary == null || source == null) {
            return null;
        }
        return new EvidenceItem(date, summary.trim(), source.trim(), url == null ? null : url.trim());
    }
}
