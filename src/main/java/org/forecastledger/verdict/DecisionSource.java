package org.forecastledger.verdict;

/** Who made a verdict revision. */
public enum DecisionSource {
    SEED("Seed files"),
    REVIEWER("Reviewer"),
    REVIEW_SESSION("Review session");

    public final String label;

    DecisionSource(String label) {
        this.label = label;
    }
}
