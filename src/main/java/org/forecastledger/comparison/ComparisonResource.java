package org.forecastledger.comparison;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.forecastledger.account.CurrentUser;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimQuery;
import org.forecastledger.claim.DueRule;
import org.forecastledger.document.DocumentView;
import org.forecastledger.verdict.VerdictStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard: the 2020, 2021 and 2024 predictions side by side, theme by theme. The shared part of the page comes
 * from {@link DashboardCache}; who is logged in is rendered around it.
 */
@PermitAll
@Path("/")
@Singleton
public class ComparisonResource {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Overview comparison, ScoreboardChart chart, ClaimFilter filter,
                List<VerdictStatus> statuses, List<DocumentView> documents, List<String> attributions, long due,
                int cardsPerCell);

        static native TemplateInstance page(String content);
    }

    @Inject
    CurrentUser me;

    @Inject
    DashboardCache dashboard;

    @Inject
    DueRule dueRule;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@BeanParam ClaimQuery query) {
        ClaimFilter filter = query.filter();
        LocalDate today = dueRule.today();
        if (!me.isLoggedIn()) {
            // nobody is logged in: the whole page is the same for every anonymous visitor (it holds no form token)
            return Response.ok(dashboard.anonymousPage(filter, today), HTML).build();
        }
        return Response.ok(Templates.page(dashboard.sharedPart(filter, today)), HTML).build();
    }
}
