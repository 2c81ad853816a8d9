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

/** One person's blind vote on one item; replaced by a second vote until the reveal, then closed. */
@Entity
@Table(name = "review_vote")
public class Vote extends PanacheEntityBase {

    /** How sure the voter is. */
    public enum Confidence { LOW, MEDIUM, HIGH }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id")
    public Long itemId;

    public String voter;

    @Enumerated(EnumType.STRING)
    public VerdictStatus status;

    @Enumerated(EnumType.STRING)
    public Confidence confidence;

    public String note;

    public String evidence;

    @Column(name = "cast_at")
    public Instant castAt;

    public static List<Vote> of(long itemId) {
        return list("itemId = ?1 order by voter", itemId);
    }

    public static List<Vote> ofItems(List<Long> itemIds) {
        return itemIds.isEmpty() ? List.of() : list("itemId in ?1 order by voter", itemIds);
    }

    public static long countOf(long itemId) {
        return count("itemId = ?1", itemId);
    }
}
