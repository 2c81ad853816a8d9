package org.forecastledger.ingest;

import org.forecastledger.claim.HedgeBand;

import java.util.List;

/** What the review panel of an uploaded document's page shows a reviewer: the open suggestions and the choices. */
public record ReviewPanel(String documentId, List<SuggestionView> open, long accepted, long rejected,
        List<ThemeOption> themes, List<HedgeBand> bands) {

    /** A theme as a choice in the forms. */
    public record ThemeOption(String id, String title) {
    }
}
