package org.forecastledger.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.forecastledger.verdict.VerdictSubject;
import org.forecastledger.verdict.VerdictSubjects;

import java.util.Optional;

/** Hands the verdict rules a claim locked for the write (a row lock until the transaction ends). */
@ApplicationScoped
public class ClaimLocks implements VerdictSubjects {

    @Override
    public Optional<VerdictSubject> lockForVerdict(String claimId) {
        Claim claim = Claim.findById(claimId, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(claim);
    }
}
