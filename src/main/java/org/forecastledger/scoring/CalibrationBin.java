package org.forecastledger.scoring;

import org.forecastledger.claim.HedgeBand;

import java.util.ArrayList;
import java.util.List;

/** One hedge band of a calibration chart: what was stated, how often it came true, over how many claims. */
public record CalibrationBin(HedgeBand band, int count, double stated, Double observed) {

    /** One bin per band, in band order, including empty ones (observed is null there). */
    public static List<CalibrationBin> of(List<Forecast> forecasts) {
        List<CalibrationBin> bins = new ArrayList<>();
        for (HedgeBand band : HedgeBand.values()) {
            List<Forecast> inBand = forecasts.stream().filter(f -> f.resolved() && f.band() == band).toList();
            Double observed = inBand.isEmpty() ? null
                    : inBand.stream().mapToDouble(Forecast::outcome).average().orElseThrow();
            bins.add(new CalibrationBin(band, inBand.size(), band.midpoint(), observed));
        }
        return bins;
    }
}
