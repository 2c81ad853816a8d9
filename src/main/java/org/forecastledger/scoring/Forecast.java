package org.forecastledger.scoring;

import org.forecastledger.claim.HedgeBand;
import org.forecastledger.verdict.VerdictStatus;

/** One scored prediction: the probability its hedge gave, and how it turned out. */
public record Forecast(HedgeBand band, VerdictStatus status) {

    public double probability() {
        return band.midpoint();
    }

    /** 1 for held, ½ for partly held, 0 for failed; undefined (NaN) for unresolved verdicts. */
    public double outcome() {
        return switch (status) {
            case HELD -> 1.0;
            case PARTIAL -> 0.5;
            case FAILED -> 0.0;
            case PENDING, UNRESOLVABLE -> Double.NaN;
        };
    }

    public boolean resolved() {
        return status != null && status.resolved;
    }
}
