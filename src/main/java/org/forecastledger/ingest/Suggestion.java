package org.forecastledger.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.forecastledger.claim.HedgeBand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A forecast the detector found in an uploaded document, waiting for a reviewer, accepted or rejected. */
@Entity
public class Suggestion extends PanacheEntityBase {

    /** Where a suggestion stands; a rejected one is kept so that it is never proposed again. */
    public enum State { OPEN, ACCEPTED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id")
    public String documentId;

    @Column(name = "quote_start")
    public int quoteStart;

    @Column(name = "quote_end")
    public int quoteEnd;

    public String quote;

    public String statement;

    @Column(name = "hedge_words")
    public String hedgeWords;

    @Enumerated(EnumType.STRING)
    @Column(name = "hedge_band")
    public HedgeBand hedgeBand;

    @Column(name = "attributed_to")
    public String attributedTo;

    @Column(name = "theme_id")
    public String themeId;

    @Column(name = "horizon_label")
    public String horizonLabel;

    @Column(name = "horizon_until")
    public LocalDate horizonUntil;

    public double score;

    @Enumerated(EnumType.STRING)
    public State state;

    /** The claim an accepted suggestion became. */
    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The document's suggestions, best score first. */
    public static List<Suggestion> ofDocument(String documentId) {
        return list("documentId = ?1 order by score desc, quoteStart", documentId);
    }
}
