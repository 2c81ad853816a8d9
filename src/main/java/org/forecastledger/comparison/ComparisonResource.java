package org.forecastledger.comparison;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimQuery;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.document.DocumentService;
import org.forecastledger.document.DocumentView;
import org.forecastledger.verdict.VerdictStatus;

import java.util.List;

/** The dashboard: the 2020, 2021 and 2024 predictions side by side, theme by theme. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ComparisonResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Comparison comparison, ScoreboardChart chart, ClaimQuery query,
                boolean filtered, List<VerdictStatus> statuses, List<DocumentView> documents,
                List<String> attributions);
    }

    @Inject
    ComparisonService comparisons;

    @Inject
    ClaimService claims;

    @Inject
    DocumentService documents;

    @GET
    public TemplateInstance index(@BeanParam ClaimQuery query) {
        ClaimFilter filter = query.filter();
        Comparison comparison = comparisons.compare(filter);
        return Templates.index(comparison, ScoreboardChart.of(comparison.tallies()), query, !filter.isEmpty(),
                List.of(VerdictStatus.values()), documents.list(), claims.attributions());
    }
}
