package org.forecastledger.claim;

import java.util.Set;

/**
 * The claims that ledger health flags (open, unexplained findings): what the {@code health=true} filter asks for.
 * The health feature answers it; the claim queries only ask.
 */
public interface FlaggedClaims {

    Set<String> claimsWithOpenFindings();
}
