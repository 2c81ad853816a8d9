package org.forecastledger.seed;

/** Fired when a seed import commits: what only the seeds change (documents, claims, attributions) may have changed. */
public record SeedsImported(int claims) {
}
