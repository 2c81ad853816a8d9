package org.forecastledger.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** Somebody who joined a review session (to vote or to run it). */
@Entity
@Table(name = "review_participant")
public class Participant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id")
    public Long sessionId;

    public String username;

    /** The role the person held when joining (reviewer or facilitator). */
    public String role;

    @Column(name = "joined_at")
    public Instant joinedAt;

    public static List<Participant> of(long sessionId) {
        return list("sessionId = ?1 order by joinedAt, id", sessionId);
    }

    public static boolean has(long sessionId, String username) {
        return count("sessionId = ?1 and username = ?2", sessionId, username) > 0;
    }
}
