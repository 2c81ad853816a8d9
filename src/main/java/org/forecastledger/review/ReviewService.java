package org.forecastledger.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;
import org.forecastledger.review.SessionItem.Phase;
import org.forecastledger.review.SessionRequest.Agenda;
import org.forecastledger.verdict.Decider;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.verdict.VerdictService;
import org.forecastledger.web.NotFoundProblem;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review session rules. Every write locks the session row, so that one session's writes happen one after the
 * other (a vote cannot slip in behind the reveal); each write counts up the session's version and fires a
 * {@link ReviewEvent}, which the bus publishes once the transaction has committed.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    Agendas agendas;

    @Inject
    VerdictService verdicts;

    @Inject
    ReviewEventBus events;

    @Transactional
    public long open(Agenda agenda, String facilitator) {
        List<Claim> chosen = agendas.claims(agenda);
        ReviewSession session = new ReviewSession();
        session.title = agenda.title();
        session.agenda = agenda.description();
        session.state = ReviewSession.State.OPEN;
        session.facilitator = facilitator;
        session.createdAt = Instant.now();
        session.currentClaimId = chosen.get(0).id;
        session.persist();
        for (Claim claim : chosen) {
            SessionItem item = new SessionItem();
            item.sessionId = session.id;
            item.claimId = claim.id;
            item.position = chosen.indexOf(claim);
            item.phase = Phase.VOTING;
            item.baseRevision = claim.revision;
            item.baseStatus = claim.status;
            item.persist();
        }
        addParticipant(session, facilitator, "facilitator");
        return session.id;
    }

    /** Joins the session (idempotent); the other pages hear of a new participant. */
    @Transactional
    public void join(long sessionId, String username, String role) {
        ReviewSession session = lock(sessionId);
        if (!Participant.has(sessionId, username)) {
            addParticipant(session, username, role);
            fire(session, "joined", Map.of("username", username, "role", role));
        }
    }

    /** What a vote did: how many have voted on the item, and the session version its event carries. */
    public record VoteResult(int voteCount, long version) {
    }

    /** Casts or replaces the caller's vote; the event says only how many have voted. */
    @Transactional
    public VoteResult vote(long sessionId, String claimId, String voter, String role, VoteRequest.Checked checked) {
        ReviewSession session = lockOpen(sessionId);
        SessionItem item = item(sessionId, claimId);
        if (item.phase != Phase.VOTING) {
            throw new ReviewConflict("Voting on '" + claimId + "' is closed: the item is " + item.phase
                    + ". Votes can be cast and changed only until the reveal.");
        }
        if (!Participant.has(sessionId, voter)) {
            addParticipant(session, voter, role);
            fire(session, "joined", Map.of("username", voter, "role", role));
        }
        Vote vote = Vote.<Vote>find("itemId = ?1 and voter = ?2", item.id, voter).firstResultOptional()
                .orElseGet(Vote::new);
        vote.itemId = item.id;
        vote.voter = voter;
        vote.status = checked.status();
        vote.confidence = checked.confidence();
        vote.note = checked.note();
        vote.evidence = checked.evidence();
        vote.castAt = Instant.now();
        if (vote.id == null) {
            vote.persist();
        }
        Vote.flush();
        int count = (int) Vote.countOf(item.id);
        fire(session, "vote", Map.of("claimId", claimId, "voteCount", count));
        return new VoteResult(count, session.version);
    }

    @Transactional
    public void reveal(long sessionId, String claimId) {
        ReviewSession session = lockOpen(sessionId);
        SessionItem item = item(sessionId, claimId);
        if (item.phase != Phase.VOTING) {
            throw new ReviewConflict("'" + claimId + "' is " + item.phase + ": only an item still in voting can be "
                    + "revealed.");
        }
        item.phase = Phase.REVEALED;
        item.revealedAt = Instant.now();
        List<Vote> votes = Vote.of(item.id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claimId", claimId);
        data.put("voteCount", votes.size());
        data.put("spread", SessionViews.spread(votes));
        data.put("votes", votes.stream().map(SessionViews::voteView).toList());
        fire(session, "revealed", data);
    }

    /**
     * Records the decision as the claim's next verdict revision, linked to the session.
     *
     * @throws org.forecastledger.verdict.StaleRevisionException when the claim's verdict changed since the item
     *         was opened (or since the revision the facilitator names)
     */
    @Transactional
    public VerdictRevision decide(long sessionId, String claimId, String facilitator, NewVerdict verdict,
            Integer expectedRevision) {
        ReviewSession session = lockOpen(sessionId);
        SessionItem item = item(sessionId, claimId);
        if (item.phase != Phase.REVEALED) {
            throw new ReviewConflict("'" + claimId + "' is " + item.phase + ": a decision follows the reveal"
                    + (item.phase == Phase.VOTING ? "; reveal the votes first." : "."));
        }
        int expected = expectedRevision == null ? item.baseRevision : expectedRevision;
        Claim before = Claim.findById(claimId);
        var previousStatus = before.status;
        VerdictRevision revision = verdicts.append(claimId, verdict, Decider.session(facilitator, sessionId), expected)
                .orElseThrow(() -> new NotFoundProblem("claim", claimId));
        item.baseRevision = expected;
        item.baseStatus = previousStatus;
        item.phase = Phase.DECIDED;
        item.decidedAt = Instant.now();
        item.decisionRevisionId = revision.id;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claimId", claimId);
        data.put("status", revision.status.name());
        data.put("revision", revision.number);
        data.put("previousStatus", previousStatus == null ? null : previousStatus.name());
        fire(session, "decided", data);
        advancePast(session, item);
        return revision;
    }

    @Transactional
    public void skip(long sessionId, String claimId) {
        ReviewSession session = lockOpen(sessionId);
        SessionItem item = item(sessionId, claimId);
        if (item.phase == Phase.DECIDED || item.phase == Phase.SKIPPED) {
            throw new ReviewConflict("'" + claimId + "' is already " + item.phase + ".");
        }
        item.phase = Phase.SKIPPED;
        fire(session, "skipped", Map.of("claimId", claimId));
        advancePast(session, item);
    }

    /** Puts an item on the shared screen. */
    @Transactional
    public void makeCurrent(long sessionId, String claimId) {
        ReviewSession session = lockOpen(sessionId);
        item(sessionId, claimId);
        session.currentClaimId = claimId;
        fire(session, "advanced", Map.of("claimId", claimId));
    }

    @Transactional
    public void close(long sessionId) {
        ReviewSession session = lockOpen(sessionId);
        session.state = ReviewSession.State.CLOSED;
        session.closedAt = Instant.now();
        fire(session, "closed", Map.of());
    }

    private void advancePast(ReviewSession session, SessionItem done) {
        SessionItem.of(session.id).stream()
                .filter(next -> next.position > done.position)
                .filter(next -> next.phase == Phase.VOTING || next.phase == Phase.REVEALED)
                .findFirst()
                .ifPresent(next -> {
                    session.currentClaimId = next.claimId;
                    fire(session, "advanced", Map.of("claimId", next.claimId));
                });
    }

    private void addParticipant(ReviewSession session, String username, String role) {
        Participant participant = new Participant();
        participant.sessionId = session.id;
        participant.username = username;
        participant.role = role;
        participant.joinedAt = Instant.now();
        participant.persist();
    }

    private void fire(ReviewSession session, String type, Map<String, Object> data) {
        session.version++;
        Map<String, Object> withVersion = new LinkedHashMap<>(data);
        withVersion.put("version", session.version);
        events.append(new ReviewEvent(session.id, type, session.version, withVersion));
    }

    private static ReviewSession lock(long sessionId) {
        ReviewSession session = ReviewSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundProblem("review session", String.valueOf(sessionId));
        }
        return session;
    }

    /** The session locked for a change; a closed session refuses it. */
    private static ReviewSession lockOpen(long sessionId) {
        ReviewSession session = lock(sessionId);
        if (session.state != ReviewSession.State.OPEN) {
            throw new ReviewConflict("The session is closed: its record can be read, not changed.");
        }
        return session;
    }

    private static SessionItem item(long sessionId, String claimId) {
        return SessionItem.find(sessionId, claimId)
                .orElseThrow(() -> new NotFoundProblem("item of session " + sessionId, claimId));
    }
}
