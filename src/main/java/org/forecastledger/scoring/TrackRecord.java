package org.forecastledger.scoring;

import java.util.List;

/**
 * The track record of one group of claims (a document, a year, a predictor): counts, hit rate with its Wilson
 * interval, Brier score and calibration; the unresolved claims are listed, not hidden.
 */
public record TrackRecord(String key, String label, Tally tally, Double hitRate, Interval wilson, BrierScore brier,
        List<CalibrationBin> calibration, List<String> unresolved) {

    public record Interval(double low, double high) {
    }

    public static TrackRecord of(String key, String label, List<Forecast> forecasts, List<String> unresolved) {
        Tally tally = Tally.of(forecasts.stream().map(Forecast::status).toList());
        double[] wilson = tally.wilson();
        return new TrackRecord(key, label, tally, tally.hitRate(),
                wilson == null ? null : new Interval(wilson[0], wilson[1]), BrierScore.of(forecasts),
                CalibrationBin.of(forecasts), List.copyOf(unresolved));
    }
}
