package org.forecastledger.claim;

import io.quarkus.cache.CacheResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.LedgerConfig;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.claim.ClaimView.Horizon;
import org.forecastledger.claim.ClaimView.Link;
import org.forecastledger.claim.ClaimView.Probability;
import org.forecastledger.claim.ClaimView.RevisionView;
import org.forecastledger.ledger.LedgerCommitted;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import org.forecastledger.verdict.VerdictRevision;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds claims by filter and assembles them with their current verdict, evidence and links. */
@ApplicationScoped
public class ClaimService {

    static final String ATTRIBUTIONS = "attributions";

    @Inject
    LedgerConfig config;

    @Inject
    FlaggedClaims health;

    @Inject
    ClaimIndex index;

    @Transactional
    public Page<ClaimView> search(ClaimFilter filter, ClaimSort sort, int page, int size) {
        if (sort == ClaimSort.DOCUMENT && index.covers(filter)) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            List<ClaimIndex.Entry> matching = index.matching(filter, today, staleBefore(today));
            int from = (int) Math.min((long) page * size, matching.size());
            List<String> ids = matching.subList(from, Math.min(from + size, matching.size())).stream()
                    .map(ClaimIndex.Entry::id).toList();
            return new Page<>(views(byIds(ids)), page, size, matching.size());
        }
        PanacheQuery<Claim> query = query(filter, sort);
        long total = query.count();
        List<Claim> claims = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        return new Page<>(views(claims), page, size, total);
    }

    /** Every claim matching the filter, in document order (the dashboard shows them all). */
    @Transactional
    public List<ClaimView> list(ClaimFilter filter) {
        return views(query(filter, ClaimSort.DOCUMENT).list());
    }

    /** Every claim with its whole history, for the exports: revisions are read in one query. */
    @Transactional
    public List<ClaimView> listWithHistory() {
        List<Claim> claims = query(ClaimFilter.NONE, ClaimSort.DOCUMENT).list();
        Map<String, List<VerdictRevision>> revisions = new HashMap<>();
        VerdictRevision.<VerdictRevision>list("select distinct v from VerdictRevision v left join fetch v.evidence "
                + "order by v.claimId, v.number desc")
                .forEach(revision -> revisions.computeIfAbsent(revision.claimId, id -> new ArrayList<>()).add(revision));
        Assembly assembly = new Assembly(claims);
        return claims.stream()
                .map(claim -> assembly.view(claim, historyOf(revisions.getOrDefault(claim.id, List.of()))))
                .toList();
    }

    /** One claim with its whole verdict history, newest first. */
    @Transactional
    public Optional<ClaimView> find(String id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            return Optional.empty();
        }
        List<RevisionView> history = historyOf(VerdictRevision.history(id));
        return Optional.of(new Assembly(List.of(claim)).view(claim, history));
    }

    /**
     * The distinct attributions, for the filter menus. A verdict never changes them; a seed import, an accepted
     * suggestion, a restore or such a change on another instance may, so the cache empties on every change that does
     * not name one claim.
     */
    @Transactional
    @CacheResult(cacheName = ATTRIBUTIONS)
    public List<String> attributions() {
        return List.copyOf(Claim.getEntityManager()
                .createQuery("select distinct c.attributedTo from Claim c where c.retired = false order by c.attributedTo", String.class)
                .getResultList());
    }

    @Inject
    @CacheName(ATTRIBUTIONS)
    Cache attributionCache;

    void onLedgerCommitted(@Observes LedgerCommitted committed) {
        if (committed.claimId() == null) {
            attributionCache.invalidateAll().await().indefinitely();
        }
    }

    /** How many claims are due for review (see {@link ClaimFilter#due()}). */
    @Transactional
    public long countDue() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return index.countDue(today, staleBefore(today));
    }

    /** Verdicts decided as of a day before this one are due for another look. */
    LocalDate staleBefore(LocalDate today) {
        return today.minusDays(config.due().verdictAgeDays());
    }

    /** The claims with these ids, in the order given (one query). */
    static List<Claim> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Claim> found = new HashMap<>();
        Claim.<Claim>list("id in ?1", ids).forEach(claim -> found.put(claim.id, claim));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A filter's HQL condition on an unaliased Claim root, with its named parameters. */
    record Where(String condition, Parameters parameters) {
    }

    private PanacheQuery<Claim> query(ClaimFilter filter, ClaimSort sort) {
        Where where = where(filter);
        return Claim.find(where.condition(), sort.sort, where.parameters());
    }

    /** The filter as an HQL condition on Claim (no alias) with its parameters. */
    Where where(ClaimFilter filter) {
        StringBuilder where = new StringBuilder("retired = false");
        Parameters parameters = new Parameters();
        if (filter.year() != null) {
            where.append(" and document.year = :year");
            parameters.and("year", filter.year());
        }
        if (filter.theme() != null) {
            where.append(" and theme.id = :theme");
            parameters.and("theme", filter.theme());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.document() != null) {
            where.append(" and document.id = :document");
            parameters.and("document", filter.document());
        }
        if (filter.attributedTo() != null) {
            where.append(" and attributedTo = :attributedTo");
            parameters.and("attributedTo", filter.attributedTo());
        }
        if (filter.text() != null) {
            where.append(" and (lower(statement) like :text escape '!' or lower(quote) like :text escape '!'"
                    + " or lower(id) like :text escape '!' or lower(attributedTo) like :text escape '!')");
            parameters.and("text", "%" + ClaimSearch.likeEscaped(filter.text().toLowerCase()) + "%");
        }
        if (filter.changedSince() != null) {
            where.append(" and id in (select v.claimId from VerdictRevision v where v.decidedAt >= :since)");
            parameters.and("since", filter.changedSince().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (filter.due()) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            where.append(" and ((status = :pending and horizonUntil < :today) or id in (select v.claimId from"
                    + " VerdictRevision v, Claim current where current.id = v.claimId and v.number = current.revision"
                    + " and v.asOf < :staleBefore))");
            parameters.and("pending", VerdictStatus.PENDING).and("today", today)
                    .and("staleBefore", staleBefore(today));
        }
        if (filter.health()) {
            Set<String> flagged = health.claimsWithOpenFindings();
            where.append(" and id in :flagged");
            parameters.and("flagged", flagged.isEmpty() ? Set.of("") : flagged);
        }
        return new Where(where.toString(), parameters);
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

    /** Views of a batch of claims, assembled with one query per kind of related row. */
    static List<ClaimView> views(List<Claim> claims) {
        Assembly assembly = new Assembly(claims);
        return claims.stream().map(claim -> assembly.view(claim, null)).toList();
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
