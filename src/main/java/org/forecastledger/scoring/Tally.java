package org.forecastledger.scoring;

import org.forecastledger.verdict.VerdictStatus;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of verdicts by status and the hit rate they give: held / (held + failed) with a partial counted as half a
 * hit, over resolved claims only; with its Wilson 95 % score interval.
 */
public record Tally(int held, int partial, int failed, int pending, int unresolvable) {

    private static final double Z95 = 1.959963984540054;

    public static Tally of(Collection<VerdictStatus> statuses) {
        Map<VerdictStatus, Integer> counts = new EnumMap<>(VerdictStatus.class);
        for (VerdictStatus status : statuses) {
            if (status != null) {
                counts.merge(status, 1, Integer::sum);
            }
        }
        return new Tally(counts.getOrDefault(VerdictStatus.HELD, 0), counts.getOrDefault(VerdictStatus.PARTIAL, 0),
                counts.getOrDefault(VerdictStatus.FAILED, 0), counts.getOrDefault(VerdictStatus.PENDING, 0),
                counts.getOrDefault(VerdictStatus.UNRESOLVABLE, 0));
    }

    public int total() {
        return held + partial + failed + pending + unresolvable;
    }

    public int resolved() {
        return held + partial + failed;
    }

    public int count(VerdictStatus status) {
        return switch (status) {
            case HELD -> held;
            case PARTIAL -> partial;
            case FAILED -> failed;
            case PENDING -> pending;
            case UNRESOLVABLE -> unresolvable;
        };
    }

    public double hits() {
        return held + partial / 2.0;
    }

    /** Null when nothing is resolved: no hit rate can be given. */
    public Double hitRate() {
        return resolved() == 0 ? null : hits() / resolved();
    }

    /** The hit rate as people read it: "67 %", or "–" when nothing is resolved yet. */
    public String hitRateLabel() {
        Double rate = hitRate();
        return rate == null ? "–" : Math.round(rate * 100) + " %";
    }

    /** Wilson score interval at 95 % for the hit rate, as {low, high}; null when nothing is resolved. */
    public double[] wilson() {
        int n = resolved();
        if (n == 0) {
            return null;
        }
        double p = hits() / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
