package org.forecastledger.comparison;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.document.DocumentService;
import org.forecastledger.ledger.LedgerCommitted;
import org.forecastledger.verdict.VerdictStatus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard as rendered for everyone, cached per filter and day and dropped as soon as the ledger changes (here
 * or on another instance). Holds nothing personal: the shared part carries no user or form token, and the anonymous
 * page is only ever rendered for a visitor who is not logged in.
 */
@ApplicationScoped
public class DashboardCache {

    static final String CACHE = "dashboard";
    static final String ANONYMOUS_CACHE = "dashboard-anonymous";

    /** How many claims a cell shows; the rest are one click away on the claims table. */
    static final int CARDS_PER_CELL = 3;

    @Inject
    ComparisonService comparisons;

    @Inject
    ClaimService claims;

    @Inject
    DocumentService documents;

    /** The whole page as anonymous visitors see it, encoded once. */
    @CacheResult(cacheName = ANONYMOUS_CACHE)
    public byte[] anonymousPage(ClaimFilter filter, LocalDate today) {
        return ComparisonResource.Templates.page(sharedPart(filter, today)).render().getBytes(StandardCharsets.UTF_8);
    }

    /** The shared part of the page; the personal part (who is logged in) is rendered around it per request. */
    @CacheResult(cacheName = CACHE)
    public String sharedPart(ClaimFilter filter, LocalDate today) {
        // today is part of the cache key: what is due changes with the date, not only with verdicts
        Overview comparison = comparisons.overview(filter, CARDS_PER_CELL);
        return ComparisonResource.Templates.index(comparison, ScoreboardChart.of(comparison.tallies()), filter,
                List.of(VerdictStatus.values()), documents.list(), claims.attributions(), claims.countDue(),
                CARDS_PER_CELL).render();
    }

    @CacheInvalidateAll(cacheName = CACHE)
    @CacheInvalidateAll(cacheName = ANONYMOUS_CACHE)
    void onLedgerChanged(@Observes LedgerCommitted changed) {
        // the annotation empties the caches: the ledger changed here or on another instance
    }
}
