package org.forecastledger.ledger;

/**
 * A write to the ledger inside the current transaction: a new verdict revision of {@code claimId}, or (claimId null)
 * documents and claims added or changed (an upload, an accepted suggestion, a seed import, a restore). The relay
 * tells the other instances on commit and turns it into a {@link LedgerCommitted} here.
 */
public record LedgerWrite(String claimId) {

    /** Anything may have changed: caches drop everything, the claim index is rebuilt. */
    public static LedgerWrite anything() {
        return new LedgerWrite(null);
    }
}
