package org.forecastledger.comparison;

import jakarta.annotation.security.PermitAll;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.web.NotFoundProblem;

import java.util.List;

/** The theme pages: the list, and one theme told across the years with what happened. */
@PermitAll
@Path("/themes")
@Produces(MediaType.TEXT_HTML)
public class ThemeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ThemeView> themes);

        static native TemplateInstance detail(ThemeView theme, Comparison comparison, Comparison.Row row);
    }

    @Inject
    ThemeService themes;

    @Inject
    ComparisonService comparisons;

    @GET
    public TemplateInstance list() {
        return Templates.list(themes.list());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") String id) {
        ThemeView theme = themes.find(id).orElseThrow(() -> new NotFoundProblem("theme", id));
        Comparison comparison = comparisons.compare(ClaimFilter.theme(id));
        Comparison.Row row = comparison.rows().isEmpty() ? null : comparison.rows().get(0);
        return Templates.detail(theme, comparison, row);
    }
}
