package org.forecastledger.claim;

import org.forecastledger.verdict.VerdictStatus;

import java.time.LocalDate;

/**
 * The filters shared by the dashboard, the claims table and the API; null means "any". {@code changedSince}: a
 * revision recorded on or after that day; {@code due}: still PENDING past its horizon, or a verdict older than the
 * configured age.
 */
public record ClaimFilter(Integer year, String theme, VerdictStatus status, String document, String attributedTo,
        String text, LocalDate changedSince, boolean due) {

    public static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null, null, false);

    public static ClaimFilter theme(String theme) {
        return new ClaimFilter(null, theme, null, null, null, null, null, false);
    }

    /** Claims due for review: the agenda of the next review meeting. */
    public static ClaimFilter dueForReview() {
        return new ClaimFilter(null, null, null, null, null, null, null, true);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
