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

    /** The claims table's address for this filter narrowed to one theme and year (a comparison cell). */
    public String claimsLink(String cellTheme, int cellYear) {
        StringBuilder link = new StringBuilder("/claims?theme=").append(encode(cellTheme)).append("&year=")
                .append(cellYear);
        if (status != null) {
            link.append("&status=").append(status.name());
        }
        if (document != null) {
            link.append("&document=").append(encode(document));
        }
        if (attributedTo != null) {
            link.append("&attributedTo=").append(encode(attributedTo));
        }
        if (text != null) {
            link.append("&q=").append(encode(text));
        }
        if (changedSince != null) {
            link.append("&changedSince=").append(changedSince);
        }
        if (due) {
            link.append("&due=true");
        }
        if (health) {
            link.append("&health=true");
        }
        return link.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
