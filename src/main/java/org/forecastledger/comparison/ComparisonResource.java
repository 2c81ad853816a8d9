package org.forecastledger.comparison;

import jakarta.annotation.security.PermitAll;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.forecastledger.account.CurrentUser;
import org.forecastledger.ledger.LedgerCommitted;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimQuery;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.document.DocumentService;
import org.forecastledger.document.DocumentView;
import org.forecastledger.verdict.VerdictStatus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The dashboard: the 2020, 2021 and 2024 predictions side by side, theme by theme. The shared part of the page is
 * cached per filter and dropped as soon as any verdict changes; who is logged in is rendered around it.
 */
@PermitAll
@Path("/")
@Singleton
public class ComparisonResource {

    static final String CACHE = "dashboard";
    static final String ANONYMOUS_CACHE = "dashboard-anonymous";
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    CurrentUser me;

    /** How many claims a cell shows; the rest are one click away on the claims table. */
    static final int CARDS_PER_CELL = 3;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Overview comparison, ScoreboardChart chart, ClaimFilter filter,
                List<VerdictStatus> statuses, List<DocumentView> documents, List<String> attributions, long due,
                int cardsPerCell);

        static native TemplateInstance page(String content);
    }

    @Inject
    ComparisonService comparisons;

    @Inject
    ClaimService claims;

    @Inject
    DocumentService documents;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@BeanParam ClaimQuery query) {
        ClaimFilter filter = query.filter();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (!me.isLoggedIn()) {
            // nobody is logged in: the whole page is the same for every anonymous visitor (it holds no form token)
            return Response.ok(anonymousPage(filter, today), HTML).build();
        }
        return Response.ok(Templates.page(render(filter, today)), HTML).build();
    }

    /** The whole page as anonymous visitors see it, encoded once. */
    @CacheResult(cacheName = ANONYMOUS_CACHE)
    byte[] anonymousPage(ClaimFilter filter, LocalDate today) {
        return Templates.page(render(filter, today)).render().getBytes(StandardCharsets.UTF_8);
    }

    /** The shared part of the page; the personal part (who is logged in) is rendered around it per request. */
    @CacheResult(cacheName = CACHE)
    String render(ClaimFilter filter, LocalDate today) {
        // today is part of the cache key: what is due changes with the date, not only with verdicts
        Overview comparison = comparisons.overview(filter, CARDS_PER_CELL);
        return Templates.index(comparison, ScoreboardChart.of(comparison.tallies()), filter,
                List.of(VerdictStatus.values()), documents.list(), claims.attributions(), claims.countDue(),
                CARDS_PER_CELL).render();
    }

    @CacheInvalidateAll(cacheName = CACHE)
    @CacheInvalidateAll(cacheName = ANONYMOUS_CACHE)
    void onLedgerChanged(@Observes LedgerCommitted changed) {
        // the annotation empties the cache: a verdict was committed here or on another instance
    }

}
