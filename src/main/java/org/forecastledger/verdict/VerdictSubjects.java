package org.forecastledger.verdict;

import java.util.Optional;

/** Finds a claim and locks it for the rest of the transaction, so that two verdicts on it are appended in turn. */
public interface VerdictSubjects {

    Optional<VerdictSubject> lockForVerdict(String claimId);
}
