package org.forecastledger.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.forecastledger.verdict.VerdictStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One claim on a session's agenda, with its phase and the verdict it was opened on. */
@Entity
@Table(name = "review_item")
public class SessionItem extends PanacheEntityBase {

    /** VOTING → REVEALED → DECIDED; SKIPPED from either of the first two. */
    public enum Phase { VOTING, REVEALED, DECIDED, SKIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id")
    public Long sessionId;

    @Column(name = "claim_id")
    public String claimId;

    public int position;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    /** The claim's revision when the item was opened: a decision on top of another one is refused (409). */
    @Column(name = "base_revision")
    public int baseRevision;

    /** The claim's status then: the "previous verdict" of the minutes. */
    @Enumerated(EnumType.STRING)
    @Column(name = "base_status")
    public VerdictStatus baseStatus;

    @Column(name = "revealed_at")
    public Instant revealedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_revision_id")
    public Long decisionRevisionId;

    /** Votes are shown to anybody but their caster only once the item has been revealed. */
    public boolean votesVisible() {
        return revealedAt != null;
    }

    public static List<SessionItem> of(long sessionId) {
        return list("sessionId = ?1 order by position", sessionId);
    }

    public static Optional<SessionItem> find(long sessionId, String claimId) {
        return find("sessionId = ?1 and claimId = ?2", sessionId, claimId).firstResultOptional();
    }
}
