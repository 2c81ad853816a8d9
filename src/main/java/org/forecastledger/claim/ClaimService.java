package org.forecastledger.claim;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.ledger.LedgerCommitted;
import org.forecastledger.verdict.VerdictRevision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds claims by filter (from the claim index where it answers, else the database) and hands them out as views
 * (see {@link ClaimViews}); also the attribution menu and the count of claims due for review.
 */
@ApplicationScoped
public class ClaimService {

    static final String ATTRIBUTIONS = "attributions";

    @Inject
    ClaimIndex index;

    @Inject
    ClaimConditions conditions;

    @Inject
    @CacheName(ATTRIBUTIONS)
    Cache attributionCache;

    @Transactional
    public Page<ClaimView> search(ClaimFilter filter, ClaimSort sort, int page, int size) {
        if (sort == ClaimSort.DOCUMENT && index.covers(filter)) {
            List<ClaimIndex.Entry> matching = index.matching(index.select(filter));
            int from = (int) Math.min((long) page * size, matching.size());
            List<String> ids = matching.subList(from, Math.min(from + size, matching.size())).stream()
                    .map(ClaimIndex.Entry::id).toList();
            return new Page<>(ClaimViews.views(ClaimViews.byIds(ids)), page, size, matching.size());
        }
        PanacheQuery<Claim> query = query(filter, sort);
        long total = query.count();
        List<Claim> claims = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        return new Page<>(ClaimViews.views(claims), page, size, total);
    }

    /** Every claim matching the filter, in document order (the dashboard shows them all). */
    @Transactional
    public List<ClaimView> list(ClaimFilter filter) {
        return ClaimViews.views(query(filter, ClaimSort.DOCUMENT).list());
    }

    /** Every claim with its whole history, for the exports: revisions are read in one query. */
    @Transactional
    public List<ClaimView> listWithHistory() {
        List<Claim> claims = query(ClaimFilter.NONE, ClaimSort.DOCUMENT).list();
        Map<String, List<VerdictRevision>> revisions = new HashMap<>();
        VerdictRevision.<VerdictRevision>list("select distinct v from VerdictRevision v left join fetch v.evidence "
                + "order by v.claimId, v.number desc")
                .forEach(revision -> revisions.computeIfAbsent(revision.claimId, id -> new ArrayList<>()).add(revision));
        return ClaimViews.withHistory(claims, revisions);
    }

    /** One claim with its whole verdict history, newest first. */
    @Transactional
    public Optional<ClaimView> find(String id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            return Optional.empty();
        }
        return Optional.of(ClaimViews.withHistory(List.of(claim), Map.of(id, VerdictRevision.history(id))).get(0));
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

    void onLedgerCommitted(@Observes LedgerCommitted committed) {
        if (committed.claimId() == null) {
            attributionCache.invalidateAll().await().indefinitely();
        }
    }

    /** How many claims are due for review today (see {@link ClaimFilter#due()}). */
    @Transactional
    public long countDue() {
        return index.countDue();
    }

    private PanacheQuery<Claim> query(ClaimFilter filter, ClaimSort sort) {
        ClaimConditions.Where where = conditions.where(filter);
        return Claim.find(where.condition(), sort.sort, where.parameters());
    }
}
