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
import org.forecastledger.claim.ClaimCells;
import org.forecastledger.claim.Theme;

import java.util.ArrayList;
import java.util.HashMap;

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

    @Inject
    ClaimCells cells;

    @GET
    @Operation(summary = "Claims by theme (rows) and year (columns); accepts the claim filters")
    @APIResponse(responseCode = "400", description = "A filter is invalid")
    public ComparisonMatrix get(@BeanParam ClaimQuery query) {
        List<Integer> years = comparisons.years();
        Map<String, Map<String, List<String>>> byTheme = new HashMap<>();
        for (ClaimCells.Placed claim : cells.placed(query.filter())) {
            byTheme.computeIfAbsent(claim.theme(), theme -> new LinkedHashMap<>())
                    .computeIfAbsent(String.valueOf(claim.year()), year -> new ArrayList<>()).add(claim.id());
        }
        List<ThemeRow> rows = new ArrayList<>();
        for (Theme theme : comparisons.themes()) {
            Map<String, List<String>> found = byTheme.get(theme.id);
            if (found != null) {
                Map<String, List<String>> row = new LinkedHashMap<>();
                years.forEach(year -> row.put(String.valueOf(year), found.getOrDefault(String.valueOf(year), List.of())));
                rows.add(new ThemeRow(theme.id, theme.title, row));
            }
        }
        return new ComparisonMatrix(years, rows);
    }
}
