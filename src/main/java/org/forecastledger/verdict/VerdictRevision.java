package org.forecastledger.verdict;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One entry of a claim's verdict ledger. Revisions are only ever appended, never edited or deleted. */
@Entity
@Table(name = "verdict_revision")
public class VerdictRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public String claimId;

    /** 1 for the first verdict of a claim, then one more for each revision. */
    public int number;

    @Enumerated(EnumType.STRING)
    public VerdictStatus status;

    @Column(name = "as_of")
    public LocalDate asOf;

    public String rationale;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by_kind")
    public DecisionSource decidedByKind;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "supersedes_id")
    public Long supersedesId;

    @Column(name = "review_session_id")
    public Long reviewSessionId;

    /** Hash of the seed verdict this revision came from; tells a reload whether the seed changed. */
    @Column(name = "seed_fingerprint")
    public String seedFingerprint;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<Evidence> evidence = new ArrayList<>();

    /** The verdict this revision records, for comparing it with a seed's (equal verdicts, equal fingerprints). */
    public NewVerdict verdict() {
        return new NewVerdict(status, asOf, rationale, evidence.stream()
                .map(item -> new EvidenceItem(item.date, item.summary, item.source, item.url)).toList());
    }

    /** Newest first. */
    public static List<VerdictRevision> history(String claimId) {
        return list("claimId = ?1 order by number desc", claimId);
    }

    public static Optional<VerdictRevision> latest(String claimId) {
        return find("claimId = ?1 order by number desc", claimId).firstResultOptional();
    }

    public static Optional<VerdictRevision> latestFromSeeds(String claimId) {
        return find("claimId = ?1 and decidedByKind = ?2 order by number desc", claimId, DecisionSource.SEED)
                .firstResultOptional();
    }
}
