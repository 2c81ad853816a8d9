package org.forecastledger.comparison;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.forecastledger.claim.ClaimQuery;
import org.forecastledger.claim.ClaimView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The theme × year matrix as JSON: claim ids in each cell. */
@PermitAll
@Path("/api/comparison")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparison")
public class ComparisonApiResource {

    /** One theme row: year (as a string key) → the ids of that year's claims. */
    public record ThemeRow(String id, String title, Map<String, List<String>> cells) {
    }

    public record ComparisonMatrix(List<Integer> years, List<ThemeRow> themes) {
    }

    @Inject
    ComparisonService comparisons;

    @GET
    @Operation(summary = "Claims by theme (rows) and year (columns); accepts the claim filters")
    @APIResponse(responseCode = "400", description = "A filter is invalid")
    public ComparisonMatrix get(@BeanParam ClaimQuery query) {
        Comparison comparison = comparisons.compare(query.filter());
        List<ThemeRow> rows = comparison.rows().stream().map(row -> {
            Map<String, List<String>> cells = new LinkedHashMap<>();
            for (int year : comparison.years()) {
                cells.put(String.valueOf(year), row.cell(year).stream().map(ClaimView::id).toList());
            }
            return new ThemeRow(row.themeId(), row.title(), cells);
        }).toList();
        return new ComparisonMatrix(comparison.years(), rows);
    }
}
