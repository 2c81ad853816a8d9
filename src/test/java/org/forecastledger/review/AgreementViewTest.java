package org.forecastledger.review;

import org.forecastledger.review.SessionView.DecisionView;
import org.forecastledger.review.SessionView.ItemView;
import org.forecastledger.review.SessionView.VoteView;
import org.forecastledger.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.forecastledger.verdict.VerdictStatus.FAILED;
import static org.forecastledger.verdict.VerdictStatus.HELD;
import static org.forecastledger.verdict.VerdictStatus.PARTIAL;
import static org.forecastledger.verdict.VerdictStatus.PENDING;
import static org.forecastledger.verdict.VerdictStatus.UNRESOLVABLE;

/** A session's agreement figures, from its items as the session page sees them. */
class AgreementViewTest {

    @Test
    void countsOnlyRevealedItemsAndTheirVotes() {
        AgreementView view = AgreementView.of(List.of(
                revealed("a", null, vote("ann", HELD), vote("bob", HELD)),
                hidden("b"),
                revealed("c", null, vote("ann", FAILED), vote("bob", PARTIAL), vote("cy", FAILED))));
        assertThat(view.items()).isEqualTo(2);
        assertThat(view.votes()).isEqualTo(5);
        assertThat(view.leftOutOfOrdinal()).isZero();
        assertThat(view.alphaNominal().units()).isEqualTo(2);
        assertThat(view.alphaNominal().values()).isEqualTo(5);
        assertThat(view.fleissKappa().units()).isEqualTo(2);
    }

    @Test
    void pendingAndUnresolvableVotesAreLeftOutOfTheOrdinalScale() {
        AgreementView view = AgreementView.of(List.of(
                revealed("a", null, vote("ann", HELD), vote("bob", PENDING), vote("cy", UNRESOLVABLE)),
                revealed("b", null, vote("ann", FAILED), vote("bob", FAILED))));
        assertThat(view.leftOutOfOrdinal()).isEqualTo(2);
        assertThat(view.votes()).isEqualTo(5);
        // the ordinal alpha sees item a with one rank only (not pairable) and item b with two
        assertThat(view.alphaOrdinal().values()).isEqualTo(2);
        assertThat(view.alphaNominal().values()).isEqualTo(5);
    }

    @Test
    void ranksOrderFailedPartialHeldAndPlaceNothingElse() {
        assertThat(AgreementView.rank(FAILED)).isZero();
        assertThat(AgreementView.rank(PARTIAL)).isEqualTo(1);
        assertThat(AgreementView.rank(HELD)).isEqualTo(2);
        assertThat(AgreementView.rank(PENDING)).isEqualTo(-1);
        assertThat(AgreementView.rank(UNRESOLVABLE)).isEqualTo(-1);
    }

    @Test
    void eachReviewerIsScoredAgainstTheDecisionsOnly() {
        AgreementView view = AgreementView.of(List.of(
                revealed("a", HELD, vote("bob", HELD), vote("ann", FAILED)),
                revealed("b", FAILED, vote("ann", FAILED), vote("bob", FAILED)),
                revealed("c", null, vote("ann", HELD), vote("bob", HELD))));
        assertThat(view.reviewers()).extracting(AgreementView.ReviewerAgreement::voter).containsExactly("ann", "bob");
        assertThat(view.reviewers().get(0)).isEqualTo(new AgreementView.ReviewerAgreement("ann", 2, 1));
        assertThat(view.reviewers().get(1)).isEqualTo(new AgreementView.ReviewerAgreement("bob", 2, 2));
        assertThat(view.reviewers().get(0).rate()).isEqualTo("50 %");
        assertThat(view.reviewers().get(1).rate()).isEqualTo("100 %");
    }

    @Test
    void aRateIsRoundedAndSaysSoWhenNothingWasDecided() {
        assertThat(new AgreementView.ReviewerAgreement("ann", 3, 2).rate()).isEqualTo("67 %");
        assertThat(new AgreementView.ReviewerAgreement("ann", 3, 1).rate()).isEqualTo("33 %");
        assertThat(new AgreementView.ReviewerAgreement("ann", 0, 0).rate()).isEqualTo("no decided item yet");
    }

    @Test
    void perfectAgreementGivesAlphaOne() {
        AgreementView view = AgreementView.of(List.of(
                revealed("a", null, vote("ann", HELD), vote("bob", HELD)),
                revealed("b", null, vote("ann", FAILED), vote("bob", FAILED))));
        assertThat(view.alphaNominal().value()).isCloseTo(1.0, within(1e-9));
        assertThat(view.alphaOrdinal().value()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void noRevealedItemGivesEmptyFigures() {
        AgreementView view = AgreementView.of(List.of(hidden("a"), hidden("b")));
        assertThat(view.items()).isZero();
        assertThat(view.votes()).isZero();
        assertThat(view.reviewers()).isEmpty();
        assertThat(view.alphaNominal().units()).isZero();
    }

    private static VoteView vote(String voter, VerdictStatus status) {
        return new VoteView(voter, status, "high", "", "", Instant.EPOCH);
    }

    private static ItemView revealed(String claimId, VerdictStatus decided, VoteView... votes) {
        DecisionView decision = decided == null ? null
                : new DecisionView(decided, 2, LocalDate.of(2026, 1, 1), "why", "admin", Instant.EPOCH, true, List.of());
        return new ItemView(claimId, 0, "s", "q", "REVEALED", votes.length, Arrays.asList(votes), Map.of(), null,
                PENDING, 1, PENDING, 1, "", decision);
    }

    private static ItemView hidden(String claimId) {
        return new ItemView(claimId, 0, "s", "q", "VOTING", 2, null, null, null, PENDING, 1, PENDING, 1, "", null);
    }
}
