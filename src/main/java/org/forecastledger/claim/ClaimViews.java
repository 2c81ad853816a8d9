package org.forecastledger.claim;

import org.forecastledger.claim.ClaimView.Horizon;
import org.forecastledger.claim.ClaimView.Link;
import org.forecastledger.claim.ClaimView.Probability;
import org.forecastledger.claim.ClaimView.RevisionView;
import org.forecastledger.verdict.VerdictRevision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Assembles claims into views with their current verdict, evidence and links, one query per kind of related row. */
final class ClaimViews {

    private ClaimViews() {
    }

    /** The claims with these ids, in the order given (one query). */
    static List<Claim> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Claim> found = new HashMap<>();
        Claim.<Claim>list("id in ?1", ids).forEach(claim -> found.put(claim.id, claim));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * What a dashboard card shows of each claim (statement, attribution, hedge, status): views without links,
     * evidence or the verdict's rationale, so that no related row is read.
     */
    static List<ClaimView> cards(List<Claim> claims) {
        return claims.stream().map(claim -> new ClaimView(claim.id, claim.document.id, claim.document.title,
                claim.document.year, claim.theme.id, claim.theme.title, claim.quote, claim.quoteStart, claim.quoteEnd,
                claim.locator, claim.statement, claim.attributedTo, claim.hedgeWords, Probability.of(claim.hedgeBand),
                new Horizon(claim.horizonLabel, claim.horizonUntil), List.of(), List.of(), claim.status, null, null,
                List.of(), claim.revision, null, null, null, claim.retired, null)).toList();
    }

    /** Views of a batch of claims, without their history. */
    static List<ClaimView> views(List<Claim> claims) {
        Assembly assembly = new Assembly(claims);
        return claims.stream().map(claim -> assembly.view(claim, null)).toList();
    }

    /** Views of a batch of claims, each with its revisions (newest first) as its history. */
    static List<ClaimView> withHistory(List<Claim> claims, Map<String, List<VerdictRevision>> revisions) {
        Assembly assembly = new Assembly(claims);
        return claims.stream()
                .map(claim -> assembly.view(claim, historyOf(revisions.getOrDefault(claim.id, List.of()))))
                .toList();
    }

    /** What a batch of claims needs beside itself, each fetched with one query for the whole batch. */
    private static final class Assembly {
        final Map<String, VerdictRevision> current;
        final Map<String, List<ClaimLink>> from;
        final Map<String, List<ClaimLink>> to;
        final Map<String, Claim> ends;

        Assembly(List<Claim> claims) {
            current = currentRevisions(claims);
            from = linksFrom(claims);
            to = linksTo(claims);
            Set<String> others = new HashSet<>();
            from.values().forEach(links -> links.forEach(link -> others.add(link.targetClaimId)));
            to.values().forEach(links -> links.forEach(link -> others.add(link.claimId)));
            ends = others.isEmpty() ? Map.of()
                    : Claim.<Claim>list("id in ?1", others).stream()
                            .collect(Collectors.toMap(other -> other.id, Function.identity()));
        }

        ClaimView view(Claim claim, List<RevisionView> history) {
            VerdictRevision verdict = current.get(claim.id);
            return new ClaimView(claim.id, claim.document.id, claim.document.title, claim.document.year,
                    claim.theme.id, claim.theme.title, claim.quote, claim.quoteStart, claim.quoteEnd, claim.locator,
                    claim.statement, claim.attributedTo, claim.hedgeWords, Probability.of(claim.hedgeBand),
                    new Horizon(claim.horizonLabel, claim.horizonUntil),
                    from.getOrDefault(claim.id, List.of()).stream()
                            .map(link -> link(link.kind, ends.get(link.targetClaimId))).toList(),
                    to.getOrDefault(claim.id, List.of()).stream()
                            .map(link -> link(link.kind, ends.get(link.claimId))).toList(),
                    claim.status, verdict == null ? null : verdict.asOf, verdict == null ? null : verdict.rationale,
                    ClaimView.evidenceOf(verdict), claim.revision, verdict == null ? null : verdict.decidedBy,
                    verdict == null ? null : verdict.decidedByKind.label, verdict == null ? null : verdict.decidedAt,
                    claim.retired, history);
        }
    }

    private static Link link(LinkKind kind, Claim other) {
        return new Link(kind, other.id, other.statement, other.document.year, other.status);
    }

    private static Map<String, VerdictRevision> currentRevisions(Collection<Claim> claims) {
        if (claims.isEmpty()) {
            return Map.of();
        }
        List<String> ids = claims.stream().map(claim -> claim.id).toList();
        List<VerdictRevision> revisions = VerdictRevision.list("select distinct v from VerdictRevision v "
                + "left join fetch v.evidence where v.claimId in ?1 and exists "
                + "(select 1 from Claim c where c.id = v.claimId and c.revision = v.number)", ids);
        Map<String, VerdictRevision> byClaim = new HashMap<>();
        revisions.forEach(revision -> byClaim.put(revision.claimId, revision));
        return byClaim;
    }

    private static Map<String, List<ClaimLink>> linksFrom(Collection<Claim> claims) {
        return ClaimLink.<ClaimLink>list("claimId in ?1 order by kind, targetClaimId", ids(claims)).stream()
                .collect(Collectors.groupingBy(link -> link.claimId));
    }

    private static Map<String, List<ClaimLink>> linksTo(Collection<Claim> claims) {
        return ClaimLink.<ClaimLink>list("targetClaimId in ?1 order by kind, claimId", ids(claims)).stream()
                .collect(Collectors.groupingBy(link -> link.targetClaimId));
    }

    private static List<String> ids(Collection<Claim> claims) {
        return claims.isEmpty() ? List.of("") : claims.stream().map(claim -> claim.id).toList();
    }

    /** Revisions newest first, each with the status it replaced. */
    private static List<RevisionView> historyOf(List<VerdictRevision> newestFirst) {
        List<RevisionView> history = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            VerdictRevision revision = newestFirst.get(i);
            VerdictRevision previous = i + 1 < newestFirst.size() ? newestFirst.get(i + 1) : null;
            history.add(new RevisionView(revision.number, revision.status, revision.asOf, revision.rationale,
                    ClaimView.evidenceOf(revision), revision.decidedBy, revision.decidedByKind.label,
                    revision.decidedAt, previous == null ? null : previous.number,
                    previous == null ? null : previous.status, revision.reviewSessionId));
        }
        return history;
    }
}
