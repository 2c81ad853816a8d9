package org.forecastledger.document;

/** What sort of text a source document is. */
public enum DocumentKind {
    INTERVIEW_SUMMARY("Interview summary"),
    ANALYTICAL_STUDY("Analytical study"),
    NEWS_REPORT("News report"),
    OPINION("Opinion");

    public final String label;

    DocumentKind(String label) {
        this.label = label;
    }
}
