package org.forecastledger.claim;

import org.forecastledger.verdict.VerdictStatus;

/** The filters shared by the dashboard, the claims table and the API; null means "any". */
public record ClaimFilter(Integer year, String theme, VerdictStatus status, String document, String attributedTo,
        String text) {

    public static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
