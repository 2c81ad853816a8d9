package org.forecastledger.ingest;

import org.forecastledger.claim.HedgeBand;

import java.time.LocalDate;
import java.util.Locale;

/** A suggestion as the API and the review panel show it; {@code probability} is the hedge band. */
public record SuggestionView(long id, String quote, int start, int end, String hedge, HedgeBand probability,
        String probabilityLabel, String attributedTo, String theme, double score, String state, String statement,
        String horizonLabel, LocalDate horizonUntil, String claimId) {

    static SuggestionView of(Suggestion s) {
        return new SuggestionView(s.id, s.quote, s.quoteStart, s.quoteEnd, s.hedgeWords, s.hedgeBand,
                s.hedgeBand.label + " (" + s.hedgeBand.percentRange() + ")", s.attributedTo, s.themeId, s.score,
                s.state.name().toLowerCase(Locale.ROOT), s.statement, s.horizonLabel, s.horizonUntil, s.claimId);
    }
}
