package org.forecastledger.verdict;

/** Fired when a claim gets a new verdict revision; caches of derived views listen for it. */
public record VerdictChanged(String claimId, int revision) {
}
