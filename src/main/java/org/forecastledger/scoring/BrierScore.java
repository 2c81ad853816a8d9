package org.forecastledger.scoring;

import org.forecastledger.claim.HedgeBand;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Brier score of resolved forecasts with Murphy's decomposition: score = reliability − resolution +
 * uncertainty. Reliability (lower is better) measures calibration, resolution (higher is better) discrimination.
 * Forecasts are binned by hedge band; every forecast in a band has the band's midpoint, so the decomposition is exact.
 */
public record BrierScore(int count, double score, double reliability, double resolution, double uncertainty,
        double baseRate) {

    /** Null when no forecast is resolved. */
    public static BrierScore of(List<Forecast> forecasts) {
        List<Forecast> resolved = forecasts.stream().filter(Forecast::resolved).toList();
        int n = resolved.size();
        if (n == 0) {
            return null;
        }
        double squaredError = 0;
        double outcomes = 0;
        Map<HedgeBand, double[]> bins = new EnumMap<>(HedgeBand.class);
        for (Forecast forecast : resolved) {
            double error = forecast.probability() - forecast.outcome();
            squaredError += error * error;
            outcomes += forecast.outcome();
            double[] bin = bins.computeIfAbsent(forecast.band(), band -> new double[2]);
            bin[0]++;
            bin[1] += forecast.outcome();
        }
        double base = outcomes / n;
        double reliability = 0;
        double resolution = 0;
        for (Map.Entry<HedgeBand, double[]> entry : bins.entrySet()) {
            double count = entry.getValue()[0];
            double observed = entry.getValue()[1] / count;
            double gap = entry.getKey().midpoint() - observed;
            reliability += count * gap * gap;
            resolution += count * (observed - base) * (observed - base);
        }
        // Partial outcomes of ½ add their own variance to the score, so uncertainty is the outcomes' variance.
        double variance = resolved.stream().mapToDouble(f -> (f.outcome() - base) * (f.outcome() - base)).sum() / n;
        return new BrierScore(n, squaredError / n, reliability / n, resolution / n, variance, base);
    }
}
