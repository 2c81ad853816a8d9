package org.forecastledger.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** A directed relation from one claim to a claim of another document. */
@Entity
@Table(name = "claim_link")
public class ClaimLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public String claimId;

    @Enumerated(EnumType.STRING)
    public LinkKind kind;

    @Column(name = "target_claim_id")
    public String targetClaimId;

    public static List<ClaimLink> from(String claimId) {
        return list("claimId = ?1 order by kind, targetClaimId", claimId);
    }

    /** Links pointing at the claim, for showing the lineage from both ends. */
    public static List<ClaimLink> to(String claimId) {
        return list("targetClaimId = ?1 order by kind, claimId", claimId);
    }
}
