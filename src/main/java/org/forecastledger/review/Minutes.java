package org.forecastledger.review;

import org.forecastledger.review.SessionView.DecisionView;
import org.forecastledger.review.SessionView.ItemView;
import org.forecastledger.review.SessionView.VoteView;
import org.forecastledger.verdict.VerdictStatus;

import java.util.List;

/**
 * The minutes of a session: per item the previous verdict, the votes (once revealed), the agreement, the decision
 * and the change. One row model for the printable page, the Markdown and the CSV ({@link MinutesText}).
 */
public final class Minutes {

    private Minutes() {
    }

    /** One agenda item as the minutes tell it; {@code votes} is null when the votes were never revealed. */
    public record Row(String claimId, String statement, String phase, VerdictStatus previous, int previousRevision,
            int voteCount, List<VoteView> votes, String agreement, DecisionView decision) {

        /** The change the session made, in words. */
        public String change() {
            if (decision == null) {
                return "SKIPPED".equals(phase) ? "skipped, no decision" : "not decided";
            }
            String before = previous == null ? "no verdict" : previous.name();
            return decision.changed() ? before + " → " + decision.status().name()
                    : "unchanged (" + before + "), revision " + decision.revision() + " records new reasoning";
        }

        public String dissent() {
            return decision == null || decision.dissent().isEmpty() ? "none" : String.join(", ", decision.dissent());
        }
    }

    public static List<Row> rows(SessionView session) {
        return session.items().stream().map(Minutes::row).toList();
    }

    private static Row row(ItemView item) {
        return new Row(item.claimId(), item.statement(), item.phase(), item.previousStatus(), item.previousRevision(),
                item.voteCount(), item.votes(), item.pairwiseAgreement() == null ? "not revealed"
                        : item.pairwiseAgreement(), item.decision());
    }
}
