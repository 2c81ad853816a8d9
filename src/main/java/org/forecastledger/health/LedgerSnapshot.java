package org.forecastledger.health;

import org.forecastledger.claim.LinkKind;
import org.forecastledger.verdict.VerdictStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * What the health checks read: the current ledger reduced to plain facts, built from the database by
 * {@link HealthService} or straight from the seed files by the corpus test.
 */
public record LedgerSnapshot(List<DocumentFacts> documents, List<String> themeIds, List<ClaimFacts> claims,
        List<LinkFacts> links) {

    public record DocumentFacts(String id, int year, LocalDate publishedOn) {
    }

    /** A claim with its current verdict; {@code exceptions} are the curator's accepted exceptions on the claim. */
    public record ClaimFacts(String id, String documentId, String themeId, String horizonLabel,
            LocalDate horizonUntil, VerdictStatus status, LocalDate asOf, String rationale,
            List<LocalDate> evidenceDates, List<Explanation> exceptions) {
    }

    /** A link from one claim to another, with the accepted exceptions recorded on it. */
    public record LinkFacts(String claimId, LinkKind kind, String targetClaimId, List<Explanation> exceptions) {
    }

    /** A curator's accepted exception: this rule's finding is known and explained by the note. */
    public record Explanation(String rule, String note) {
    }
}
