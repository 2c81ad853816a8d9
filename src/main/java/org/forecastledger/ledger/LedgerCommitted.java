package org.forecastledger.ledger;

/**
 * The ledger changed, on this instance (after the commit) or on another one sharing the database: every cache of a
 * derived view (dashboard, scores, ETags) observes this one event and drops what it holds. {@code claimId} names the
 * one claim whose verdict changed, or is null when anything may have changed (documents, a seed import, a restore,
 * a reconnection after which messages may have been missed).
 */
public record LedgerCommitted(String origin, String claimId) {

    public LedgerCommitted(String origin) {
        this(origin, null);
    }
}
