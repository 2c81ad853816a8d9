package org.forecastledger.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.LedgerClock;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.FlaggedClaims;
import org.forecastledger.claim.ClaimLink;
import org.forecastledger.health.LedgerSnapshot.ClaimFacts;
import org.forecastledger.health.LedgerSnapshot.DocumentFacts;
import org.forecastledger.health.LedgerSnapshot.Explanation;
import org.forecastledger.health.LedgerSnapshot.LinkFacts;
import org.forecastledger.verdict.Evidence;
import org.forecastledger.verdict.VerdictRevision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs the ledger-health rules on the current ledger, at every call: nothing is cached, nothing stored. */
@ApplicationScoped
public class HealthService implements FlaggedClaims {

    @Inject
    LedgerClock clock;

    @Transactional
    public LedgerHealth report() {
        LedgerSnapshot snapshot = snapshot();
        LocalDate today = clock.today();
        List<Finding> findings = HealthCheck.run(snapshot, today);
        List<Finding> open = findings.stream().filter(finding -> !finding.explained()).toList();
        List<Finding> explained = findings.stream().filter(Finding::explained).toList();
        List<LedgerHealth.RuleView> rules = Arrays.stream(HealthRule.values())
                .map(rule -> new LedgerHealth.RuleView(rule.id, rule.title, rule.description,
                        rule.scope.name().toLowerCase(), count(open, rule), count(explained, rule)))
                .toList();
        return new LedgerHealth(today, snapshot.claims().size(), open, explained, rules);
    }

    /** The claims named by at least one open (unexplained) finding: the {@code health=true} filter. */
    @Override
    @Transactional
    public Set<String> claimsWithOpenFindings() {
        return report().open().stream().flatMap(finding -> finding.claimIds().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static long count(List<Finding> findings, HealthRule rule) {
        return findings.stream().filter(finding -> finding.rule().equals(rule.id)).count();
    }

    LedgerSnapshot snapshot() {
        List<DocumentFacts> documents = Claim.getEntityManager()
                .createQuery("select d.id, d.year, d.publishedOn from Document d order by d.year, d.id", Object[].class)
                .getResultStream()
                .map(row -> new DocumentFacts((String) row[0], (Integer) row[1], (LocalDate) row[2])).toList();
        List<String> themes = Claim.getEntityManager()
                .createQuery("select t.id from Theme t order by t.position", String.class).getResultList();
        Map<String, VerdictRevision> current = VerdictRevision.<VerdictRevision>list("select distinct v from "
                + "VerdictRevision v left join fetch v.evidence where exists (select 1 from Claim c where "
                + "c.id = v.claimId and c.revision = v.number and c.retired = false)").stream()
                .collect(Collectors.toMap(revision -> revision.claimId, Function.identity()));
        Map<String, List<HealthExplanation>> byClaim = new HashMap<>();
        HealthExplanation.all().forEach(explanation ->
                byClaim.computeIfAbsent(explanation.claimId, id -> new ArrayList<>()).add(explanation));
        List<ClaimFacts> claims = new ArrayList<>();
        for (Claim claim : Claim.<Claim>list("retired = false order by document.id, position")) {
            VerdictRevision verdict = current.get(claim.id);
            claims.add(new ClaimFacts(claim.id, claim.document.id, claim.theme.id, claim.horizonLabel,
                    claim.horizonUntil, claim.status, verdict == null ? null : verdict.asOf,
                    verdict == null ? null : verdict.rationale,
                    verdict == null ? List.of() : verdict.evidence.stream().map((Evidence e) -> e.date).toList(),
                    explanations(byClaim.get(claim.id), null, null)));
        }
        List<LinkFacts> links = ClaimLink.<ClaimLink>list("order by claimId, kind, targetClaimId").stream()
                .map(link -> new LinkFacts(link.claimId, link.kind, link.targetClaimId,
                        explanations(byClaim.get(link.claimId), link, link.targetClaimId)))
                .toList();
        return new LedgerSnapshot(documents, themes, claims, links);
    }

    /** The explanations of a claim ({@code link} null) or of one of its links. */
    private static List<Explanation> explanations(List<HealthExplanation> ofClaim, ClaimLink link, String target) {
        if (ofClaim == null) {
            return List.of();
        }
        return ofClaim.stream()
                .filter(explanation -> link == null ? explanation.linkKind == null
                        : explanation.linkKind == link.kind && target.equals(explanation.linkTargetClaimId))
                .map(explanation -> new Explanation(explanation.rule, explanation.note))
                .toList();
    }
}
