package org.forecastledger.cluster;

/**
 * The ledger changed, on this instance (after the commit) or on another one sharing the database: every cache of a
 * derived view (dashboard, scores, ETags) observes this one event and drops what it holds.
 */
public record LedgerChanged(String origin) {
}
