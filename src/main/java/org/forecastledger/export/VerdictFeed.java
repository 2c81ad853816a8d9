package org.forecastledger.export;

import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.verdict.VerdictStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The newest verdict revisions across the ledger, each with the status it replaced: the Atom feed's entries. */
@ApplicationScoped
public class VerdictFeed {

    public static final int ENTRIES = 100;

    @Transactional
    public List<VerdictChange> newest() {
        List<VerdictRevision> revisions = VerdictRevision.find("order by decidedAt desc, id desc")
                .page(0, ENTRIES).list();
        if (revisions.isEmpty()) {
            return List.of();
        }
        List<String> claimIds = revisions.stream().map(revision -> revision.claimId).distinct().toList();
        Map<String, Claim> claims = Claim.<Claim>list("id in ?1", claimIds).stream()
                .collect(Collectors.toMap(claim -> claim.id, Function.identity()));
        Map<String, VerdictStatus> statusAt = new HashMap<>();
        VerdictRevision.getEntityManager()
                .createQuery("select v.claimId, v.number, v.status from VerdictRevision v where v.claimId in :ids",
                        Object[].class)
                .setParameter("ids", claimIds)
                .getResultList()
                .forEach(row -> statusAt.put(row[0] + "#" + row[1], (VerdictStatus) row[2]));
        return revisions.stream().map(revision -> new VerdictChange(revision.claimId,
                claims.get(revision.claimId).statement, revision.number,
                statusAt.get(revision.claimId + "#" + (revision.number - 1)), revision.status, revision.asOf,
                revision.rationale, revision.decidedBy, revision.decidedByKind, revision.decidedAt)).toList();
    }
}
