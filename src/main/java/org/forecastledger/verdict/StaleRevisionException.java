package org.forecastledger.verdict;

/** A verdict was written against a revision that is no longer the newest: somebody else wrote first. */
public class StaleRevisionException extends RuntimeException {

    public final String claimId;
    public final int expectedRevision;
    public final int currentRevision;

    public StaleRevisionException(String claimId, int expectedRevision, int currentRevision) {
        super("Claim '" + claimId + "' is at revision " + currentRevision + ", not " + expectedRevision
                + ": somebody recorded a newer verdict. Reload it, then decide again.");
        this.claimId = claimId;
        this.expectedRevision = expectedRevision;
        this.currentRevision = currentRevision;
    }
}
