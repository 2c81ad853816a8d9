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

import java.time.Instant;
import java.util.List;

/** A review meeting: its title, its agenda (told in words), who runs it, and the item on the shared screen. */
@Entity
@Table(name = "review_session")
public class ReviewSession extends PanacheEntityBase {

    /** OPEN takes votes and decisions; CLOSED is the record of the meeting. */
    public enum State { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;

    /** How the agenda was chosen: the listed ids, or the filter in words. */
    public String agenda;

    @Enumerated(EnumType.STRING)
    public State state;

    public String facilitator;

    @Column(name = "current_claim_id")
    public String currentClaimId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** One more for every write to the session; events carry it so that a page can drop an out-of-date one. */
    public long version;

    public static List<ReviewSession> newestFirst() {
        return list("order by id desc");
    }
}
