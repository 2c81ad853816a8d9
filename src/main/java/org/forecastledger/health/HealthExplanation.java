package org.forecastledger.health;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.forecastledger.claim.LinkKind;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A curator's explanation of why a health rule does not apply, on a claim or on one of its links; loaded from the
 * seeds (their {@code healthExceptions}). Its table keeps the older name {@code health_exception}.
 */
@Entity
@Table(name = "health_exception")
public class HealthExplanation extends PanacheEntityBase {

    /** What a seed says: the claim, the link (kind and target, both null for the claim itself), rule and note. */
    public record Key(String claimId, LinkKind linkKind, String linkTargetClaimId, String rule, String note) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public String claimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_kind")
    public LinkKind linkKind;

    @Column(name = "link_target_claim_id")
    public String linkTargetClaimId;

    @Column(name = "rule_id")
    public String rule;

    public String note;

    Key key() {
        return new Key(claimId, linkKind, linkTargetClaimId, rule, note);
    }

    /** Makes the stored explanations exactly {@code wanted}, touching nothing already right; returns rows written. */
    public static int sync(Collection<Key> wanted) {
        Set<Key> want = new HashSet<>(wanted);
        Set<Key> have = new HashSet<>();
        int written = 0;
        for (HealthExplanation stored : HealthExplanation.<HealthExplanation>listAll()) {
            if (!want.contains(stored.key()) || !have.add(stored.key())) {
                stored.delete();
                written++;
            }
        }
        for (Key key : want) {
            if (!have.contains(key)) {
                HealthExplanation explanation = new HealthExplanation();
                explanation.claimId = key.claimId();
                explanation.linkKind = key.linkKind();
                explanation.linkTargetClaimId = key.linkTargetClaimId();
                explanation.rule = key.rule();
                explanation.note = key.note();
                explanation.persist();
                written++;
            }
        }
        return written;
    }

    static List<HealthExplanation> all() {
        return listAll();
    }
}
