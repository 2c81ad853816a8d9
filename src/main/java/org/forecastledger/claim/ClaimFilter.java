package org.forecastledger.claim;

import org.forecastledger.verdict.VerdictStatus;

/**
 * The filters shared by the dashboard, the claims table and the API; null means "any". {@code health} true keeps
 * the claims with open (unexplained) ledger-health findings.
 */
public record ClaimFilter(Integer year, String theme, VerdictStatus status, String document, String attributedTo,
        String text, Boolean health) {

    public static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
