package org.forecastledger.scoring;

import java.util.List;

/** Every track record the scores page and API show. */
public record Scores(TrackRecord overall, List<TrackRecord> byYear, List<TrackRecord> byDocument,
        List<TrackRecord> byAttribution) {

    /** The overall record as a one-row table. */
    public List<TrackRecord> overallRows() {
        return List.of(overall);
    }
}
