package org.forecastledger.seedformat;

import org.forecastledger.claim.HedgeBand;
import org.forecastledger.claim.LinkKind;
import org.forecastledger.document.DocumentKind;
import org.forecastledger.verdict.NewVerdict;

import java.time.LocalDate;
import java.util.List;

/** Everything the seed folder says, validated, with the quote offsets computed. */
public record SeedSet(List<ThemeSeed> themes, List<DocumentSeed> documents, List<ClaimSeed> claims) {

    public record ThemeSeed(String id, String title, String description, int position) {
    }

    public record DocumentSeed(String id, String fileName, String title, int year, DocumentKind kind, String author,
            String outlet, LocalDate publishedOn, String datingNote, String sha256, String text) {
    }

    public record LinkSeed(LinkKind kind, String claimId) {
    }

    public record ClaimSeed(String id, String documentId, String themeId, int position, String quote, int occurrence,
            int start, int end, String locator, String statement, String attributedTo, String horizonLabel,
            LocalDate horizonUntil, String hedgeWords, HedgeBand hedgeBand, List<LinkSeed> links,
            NewVerdict verdict, List<ExplanationSeed> healthExceptions) {
    }

    /**
     * A curator's accepted exception to a ledger-health rule, on the claim itself ({@code linkKind} null) or on its
     * link of {@code linkKind} to {@code linkClaimId}.
     */
    public record ExplanationSeed(String rule, String note, LinkKind linkKind, String linkClaimId) {
    }
}
