package org.forecastledger.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.forecastledger.document.Document;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.verdict.VerdictSubject;

import java.time.LocalDate;

/**
 * A forward-looking statement of a document, anchored to its verbatim quote. The current verdict's status and
 * revision number are kept on the claim so that filters need no join; the ledger itself is VerdictRevision.
 */
@Entity
public class Claim extends PanacheEntityBase implements VerdictSubject {

    @Id
    public String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    public Document document;

    @ManyToOne(optional = false)
    @JoinColumn(name = "theme_id")
    public Theme theme;

    /** Order of the claim within its document's seed file. */
    public int position;

    public String quote;

    /** Which occurrence of the quote in the text is meant (1-based). */
    public int occurrence;

    /** Character offsets of the quote in the document text, end exclusive. */
    @Column(name = "quote_start")
    public int quoteStart;

    @Column(name = "quote_end")
    public int quoteEnd;

    public String locator;

    public String statement;

    @Column(name = "attributed_to")
    public String attributedTo;

    @Column(name = "horizon_label")
    public String horizonLabel;

    @Column(name = "horizon_until")
    public LocalDate horizonUntil;

    @Column(name = "hedge_words")
    public String hedgeWords;

    @Enumerated(EnumType.STRING)
    @Column(name = "hedge_band")
    public HedgeBand hedgeBand;

    /** Status of the newest verdict revision; null only before the first verdict. */
    @Enumerated(EnumType.STRING)
    public VerdictStatus status;

    /** Gone from the seed files: kept with its ledger, left out of lists, comparison and scores. */
    public boolean retired;

    /** Number of the newest verdict revision (0 = none yet); the optimistic-locking token for verdict writes. */
    public int revision;

    @Override
    public String claimId() {
        return id;
    }

    @Override
    public int currentRevision() {
        return revision;
    }

    @Override
    public void verdictRecorded(VerdictStatus status, int revision) {
        this.status = status;
        this.revision = revision;
    }
}
