package org.forecastledger.seed;

import jakarta.persistence.EntityManager;
import org.forecastledger.claim.ClaimLink;
import org.forecastledger.claim.LinkKind;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.seedformat.SeedSet.LinkSeed;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The import's link step: each seeded claim's outgoing links become exactly those of its seed. */
final class LinkImport {

    private LinkImport() {
    }

    /** Makes the links right, touching nothing that already is; returns the rows written. */
    static int sync(EntityManager em, List<ClaimSeed> seeds) {
        Map<String, Set<LinkSeed>> stored = new HashMap<>();
        for (Object[] link : em.createQuery("select l.claimId, l.kind, l.targetClaimId from ClaimLink l",
                Object[].class).getResultList()) {
            stored.computeIfAbsent((String) link[0], id -> new HashSet<>())
                    .add(new LinkSeed((LinkKind) link[1], (String) link[2]));
        }
        int written = 0;
        for (ClaimSeed seed : seeds) {
            Set<LinkSeed> wanted = new HashSet<>(seed.links());
            Set<LinkSeed> have = stored.getOrDefault(seed.id(), Set.of());
            if (!wanted.equals(have)) {
                written += replace(seed.id(), have, wanted);
            }
        }
        return written;
    }

    private static int replace(String claimId, Set<LinkSeed> have, Set<LinkSeed> wanted) {
        int written = 0;
        for (LinkSeed gone : have) {
            if (!wanted.contains(gone)) {
                ClaimLink.delete("claimId = ?1 and kind = ?2 and targetClaimId = ?3", claimId, gone.kind(),
                        gone.claimId());
                written++;
            }
        }
        for (LinkSeed added : wanted) {
            if (!have.contains(added)) {
                ClaimLink link = new ClaimLink();
                link.claimId = claimId;
                link.kind = added.kind();
                link.targetClaimId = added.claimId();
                link.persist();
                written++;
            }
        }
        return written;
    }
}
