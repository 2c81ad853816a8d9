package org.forecastledger.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.forecastledger.claim.Claim;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.verdict.DecisionSource;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.verdict.VerdictService;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The import's verdict step: a new or changed seed verdict is appended as a revision, unless a reviewer or a review
 * session has decided since: their verdict stands, and the seed change is held back.
 */
@ApplicationScoped
class VerdictImport {

    @Inject
    EntityManager em;

    @Inject
    VerdictService verdicts;

    /** Appends what the seeds say; returns the number appended and adds the claims held back to {@code heldBack}. */
    int append(List<ClaimSeed> seeds, List<String> heldBack) {
        int appended = 0;
        for (List<ClaimSeed> chunk : SeedImporter.chunks(seeds)) {
            Map<String, Claim> claims = SeedImporter.claimsOf(chunk);
            Map<String, VerdictRevision> latest = latestRevisions(claims.keySet());
            for (ClaimSeed seed : chunk) {
                VerdictRevision newest = latest.get(seed.id());
                if (newest == null || (newest.decidedByKind == DecisionSource.SEED
                        && !seed.verdict().fingerprint().equals(newest.seedFingerprint))) {
                    verdicts.appendFromSeeds(claims.get(seed.id()), seed.verdict());
                    appended++;
                } else if (newest.decidedByKind != DecisionSource.SEED && isHeldBack(seed, newest)) {
                    heldBack.add(seed.id());
                }
            }
            em.flush();
            em.clear();
        }
        return appended;
    }

    /** Whether a reviewer's newer verdict holds back a seed verdict that says something else and is not yet in. */
    private static boolean isHeldBack(ClaimSeed seed, VerdictRevision newest) {
        String fingerprint = seed.verdict().fingerprint();
        if (fingerprint.equals(newest.verdict().fingerprint())) {
            return false; // the seed has caught up with the reviewer's verdict (e.g. a session's seed patch)
        }
        VerdictRevision lastSeed = VerdictRevision.latestFromSeeds(seed.id()).orElse(null);
        return lastSeed == null || !fingerprint.equals(lastSeed.seedFingerprint);
    }

    private static Map<String, VerdictRevision> latestRevisions(Set<String> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        List<VerdictRevision> newest = VerdictRevision.list("from VerdictRevision v where v.claimId in ?1 and exists "
                + "(select 1 from Claim c where c.id = v.claimId and c.revision = v.number)", claimIds);
        return newest.stream().collect(Collectors.toMap(revision -> revision.claimId, Function.identity()));
    }
}
