package org.forecastledger.review;

import org.forecastledger.review.SessionView.ItemView;
import org.forecastledger.review.SessionView.VoteView;
import org.forecastledger.verdict.VerdictStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agreement over the revealed items of a session: Krippendorff's alpha (nominal over the five statuses, ordinal
 * over FAILED < PARTIAL < HELD) and Fleiss' kappa, each with its n; and per reviewer, how often their vote matched
 * the final decision.
 */
public record AgreementView(int items, int votes, Agreement.Result alphaNominal, Agreement.Result alphaOrdinal,
        Agreement.Result fleissKappa, int leftOutOfOrdinal, List<ReviewerAgreement> reviewers) {

    /** {@code agreed} of {@code decided} votes matched the decision. */
    public record ReviewerAgreement(String voter, int decided, int agreed) {
        public String rate() {
            return decided == 0 ? "no decided item yet" : Math.round(100.0 * agreed / decided) + " %";
        }
    }

    static AgreementView of(List<ItemView> items) {
        List<List<VerdictStatus>> nominal = new ArrayList<>();
        List<List<Integer>> ordinal = new ArrayList<>();
        int votes = 0;
        int leftOut = 0;
        int revealed = 0;
        Map<String, int[]> perVoter = new TreeMap<>();
        for (ItemView item : items) {
            if (!item.revealed()) {
                continue;
            }
            revealed++;
            nominal.add(item.votes().stream().map(VoteView::status).toList());
            List<Integer> ranks = new ArrayList<>();
            for (VoteView vote : item.votes()) {
                votes++;
                int rank = rank(vote.status());
                if (rank < 0) {
                    leftOut++;
                } else {
                    ranks.add(rank);
                }
                if (item.decision() != null) {
                    int[] tally = perVoter.computeIfAbsent(vote.voter(), voter -> new int[2]);
                    tally[0]++;
                    tally[1] += vote.status() == item.decision().status() ? 1 : 0;
                }
            }
            ordinal.add(ranks);
        }
        List<ReviewerAgreement> reviewers = new ArrayList<>();
        perVoter.forEach((voter, tally) -> reviewers.add(new ReviewerAgreement(voter, tally[0], tally[1])));
        return new AgreementView(revealed, votes, Agreement.alphaNominal(nominal), Agreement.alphaOrdinal(ordinal, 3),
                Agreement.fleissKappa(nominal), leftOut, reviewers);
    }

    /** FAILED < PARTIAL < HELD; PENDING and UNRESOLVABLE have no place on that scale (-1). */
    static int rank(VerdictStatus status) {
        return switch (status) {
            case FAILED -> 0;
            case PARTIAL -> 1;
            case HELD -> 2;
            default -> -1;
        };
    }
}
