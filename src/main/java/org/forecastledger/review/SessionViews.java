package org.forecastledger.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;
import org.forecastledger.review.SessionView.DecisionView;
import org.forecastledger.review.SessionView.ItemView;
import org.forecastledger.review.SessionView.ParticipantView;
import org.forecastledger.review.SessionView.Summary;
import org.forecastledger.review.SessionView.VoteView;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.verdict.VerdictStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assembles what one person may see of a session. The one place that decides vote visibility: before an item's
 * reveal only the count and the viewer's own vote leave this class.
 */
@ApplicationScoped
public class SessionViews {

    @Transactional
    public List<Summary> list() {
        return ReviewSession.newestFirst().stream().map(session -> {
            List<SessionItem> items = SessionItem.of(session.id);
            long decided = items.stream().filter(item -> item.phase == SessionItem.Phase.DECIDED).count();
            return new Summary(session.id, session.title, session.state.name(), session.facilitator,
                    session.createdAt, items.size(), decided);
        }).toList();
    }

    /** The session as {@code viewer} (null: nobody in particular) may see it. */
    @Transactional
    public Optional<SessionView> view(long sessionId, String viewer) {
        ReviewSession session = ReviewSession.findById(sessionId);
        if (session == null) {
            return Optional.empty();
        }
        List<SessionItem> items = SessionItem.of(sessionId);
        Map<Long, List<Vote>> votes = Vote.ofItems(items.stream().map(item -> item.id).toList()).stream()
                .collect(Collectors.groupingBy(vote -> vote.itemId));
        List<ItemView> views = new ArrayList<>();
        for (SessionItem item : items) {
            views.add(item(item, votes.getOrDefault(item.id, List.of()), viewer));
        }
        List<ParticipantView> participants = Participant.of(sessionId).stream()
                .map(p -> new ParticipantView(p.username, p.role, p.joinedAt)).toList();
        return Optional.of(new SessionView(session.id, session.title, session.agenda, session.state.name(),
                session.facilitator, session.createdAt, session.closedAt, session.currentClaimId, session.version,
                participants, views, AgreementView.of(views)));
    }

    private static ItemView item(SessionItem item, List<Vote> votes, String viewer) {
        Claim claim = Claim.findById(item.claimId);
        boolean visible = item.votesVisible();
        VoteView yours = votes.stream().filter(vote -> vote.voter.equals(viewer)).findFirst()
                .map(SessionViews::voteView).orElse(null);
        DecisionView decision = null;
        if (item.decisionRevisionId != null) {
            VerdictRevision revision = VerdictRevision.findById(item.decisionRevisionId);
            List<String> dissent = votes.stream().filter(vote -> vote.status != revision.status)
                    .map(vote -> vote.voter + " (" + vote.status.name() + ")").toList();
            decision = new DecisionView(revision.status, revision.number, revision.asOf, revision.rationale,
                    revision.decidedBy, revision.decidedAt, !Objects.equals(revision.status, item.baseStatus),
                    dissent);
        }
        return new ItemView(item.claimId, item.position, claim.statement, claim.quote, item.phase.name(),
                votes.size(), visible ? votes.stream().map(SessionViews::voteView).toList() : null,
                visible ? spread(votes) : null, yours, item.baseStatus, item.baseRevision, claim.status,
                claim.revision, visible ? pairwise(votes) : null, decision);
    }

    static VoteView voteView(Vote vote) {
        return new VoteView(vote.voter, vote.status, vote.confidence.name().toLowerCase(java.util.Locale.ROOT),
                vote.note, vote.evidence, vote.castAt);
    }

    /** Votes per status, every status listed (zero included), in the statuses' order. */
    static Map<String, Integer> spread(List<Vote> votes) {
        Map<String, Integer> spread = new LinkedHashMap<>();
        for (VerdictStatus status : VerdictStatus.values()) {
            spread.put(status.name(), (int) votes.stream().filter(vote -> vote.status == status).count());
        }
        return spread;
    }

    /** How many pairs of voters agree, in words: a single item has no chance-corrected coefficient of its own. */
    static String pairwise(List<Vote> votes) {
        int n = votes.size();
        if (n < 2) {
            return "not computable: " + (n == 0 ? "no votes" : "one vote") + " (n = " + n + ")";
        }
        int pairs = n * (n - 1) / 2;
        int agree = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                agree += votes.get(i).status == votes.get(j).status ? 1 : 0;
            }
        }
        return agree + " of " + pairs + " pairs agree (n = " + n + " votes)";
    }
}
