package org.forecastledger.verdict;

/** How a claim stands against what happened. */
public enum VerdictStatus {
    HELD("Held", true),
    PARTIAL("Partly held", true),
    FAILED("Failed", true),
    PENDING("Pending", false),
    UNRESOLVABLE("Unresolvable", false);

    public final String label;
    /** Resolved verdicts count in hit rates and Brier scores; the others are shown, not scored. */
    public final boolean resolved;

    VerdictStatus(String label, boolean resolved) {
        this.label = label;
        this.resolved = resolved;
    }

    /** Evidence is required wherever the verdict says what happened. */
    public boolean needsEvidence() {
        return resolved;
    }

    public String cssClass() {
        return "status-" + name().toLowerCase();
    }
}
