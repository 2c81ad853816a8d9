package org.forecastledger.claim;

/** ICD 203 estimative-probability bands; a claim's band is the probability that its statement comes true. */
public enum HedgeBand {
    ALMOST_NO_CHANCE("almost no chance", 0.01, 0.05),
    VERY_UNLIKELY("very unlikely", 0.05, 0.20),
    UNLIKELY("unlikely", 0.20, 0.45),
    ROUGHLY_EVEN("roughly even chance", 0.45, 0.55),
    LIKELY("likely", 0.55, 0.80),
    VERY_LIKELY("very likely", 0.80, 0.95),
    ALMOST_CERTAIN("almost certain", 0.95, 0.99);

    public final String label;
    public final double low;
    public final double high;

    HedgeBand(String label, double low, double high) {
        this.label = label;
        this.low = low;
        this.high = high;
    }

    /** The point probability used for Brier scores: the middle of the band. */
    public double midpoint() {
        return (low + high) / 2;
    }

    public String percentRange() {
        return Math.round(low * 100) + "–" + Math.round(high * 100) + " %";
    }
}
