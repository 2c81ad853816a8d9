package org.forecastledger.claim;

/** How a claim relates to a claim of another document. */
public enum LinkKind {
    RESTATES("restates"),
    CONTRADICTS("contradicts"),
    FOLLOWS_UP("follows up");

    public final String label;

    LinkKind(String label) {
        this.label = label;
    }
}
