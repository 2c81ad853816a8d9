package org.forecastledger.verdict;

/**
 * What the verdict rules need of a claim: its id, the number of its newest revision (the optimistic-locking token)
 * and where to keep the new status. The claim entity is one; the rules never see the rest of it.
 */
public interface VerdictSubject {

    String claimId();

    /** 0 before the first verdict. */
    int currentRevision();

    void verdictRecorded(VerdictStatus status, int revision);
}
