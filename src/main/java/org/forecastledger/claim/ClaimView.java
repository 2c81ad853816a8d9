package org.forecastledger.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.forecastledger.verdict.EvidenceItem;
import org.forecastledger.verdict.VerdictForm;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.verdict.VerdictStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A claim with its current verdict (and who decided it, when), as the pages and the JSON API show it. */
public record ClaimView(String id, String documentId, String documentTitle, int year, String theme,
        String themeTitle, String quote, int start, int end, String locator, String statement, String attributedTo,
        String hedge, Probability probability, Horizon horizon, List<Link> links, List<Link> linkedFrom,
        VerdictStatus status, LocalDate asOf, String rationale, List<EvidenceView> evidence, int revision,
        String decidedBy, String decidedByKind, Instant decidedAt, boolean retired, List<RevisionView> history) {

    public record Probability(HedgeBand band, String label, double low, double high) {
        static Probability of(HedgeBand band) {
            return new Probability(band, band.label, band.low, band.high);
        }
    }

    public record Horizon(String label, LocalDate until) {
    }

    /** A link to another claim; {@code claimId} is the other end. */
    public record Link(LinkKind kind, String claimId, String statement, int year, VerdictStatus status) {
    }

    public record EvidenceView(LocalDate date, String summary, String source, String url) {
    }

    /**
     * One revision; {@code previousStatus} is the status it replaced (null for the first revision);
     * {@code reviewSessionId} the review session that decided it, if one did.
     */
    public record RevisionView(int number, VerdictStatus status, LocalDate asOf, String rationale,
            List<EvidenceView> evidence, String decidedBy, String decidedByKind, Instant decidedAt,
            Integer supersedes, VerdictStatus previousStatus,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long reviewSessionId) {

        public boolean statusChanged() {
            return previousStatus != null && previousStatus != status;
        }
    }

    /** The verdict form for this claim's next revision, starting from its current verdict. */
    public VerdictForm verdictForm(LocalDate today) {
        return VerdictForm.startingFrom(status, evidence.stream()
                .map(item -> new EvidenceItem(item.date(), item.summary(), item.source(), item.url())).toList(),
                revision, today);
    }

    static List<EvidenceView> evidenceOf(VerdictRevision revision) {
        return revision == null ? List.of()
                : revision.evidence.stream()
                        .map(e -> new EvidenceView(e.date, e.summary, e.source, e.url))
                        .toList();
    }
}
