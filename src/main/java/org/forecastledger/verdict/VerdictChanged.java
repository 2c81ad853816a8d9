package org.forecastledger.verdict;

/**
 * Fired when a claim gets a new verdict revision, or (claimId null, revision 0) when documents or suggestions
 * change; caches of derived views listen for it.
 */
public record VerdictChanged(String claimId, int revision) {
}
