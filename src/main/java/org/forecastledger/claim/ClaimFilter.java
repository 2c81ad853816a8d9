package org.forecastledger.claim;

import org.forecastledger.verdict.VerdictStatus;

import java.time.LocalDate;

/**
 * The filters shared by the dashboard, the claims table, the API and review-session agendas; null means "any".
 * {@code changedSince}: a revision recorded on or after that day; {@code due}: still PENDING past its horizon, or a
 * verdict older than the configured age; {@code health}: open (unexplained) ledger-health findings.
 */
public record ClaimFilter(Integer year, String theme, VerdictStatus status, String document, String attributedTo,
        String text, LocalDate changedSince, boolean due, boolean health) {

    public static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null, null, false, false);

    public static ClaimFilter theme(String theme) {
        return new ClaimFilter(null, theme, null, null, null, null, null, false, false);
    }

    /** Claims due for review: the agenda of the next review meeting. */
    public static ClaimFilter dueForReview() {
        return new ClaimFilter(null, null, null, null, null, null, null, true, false);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
