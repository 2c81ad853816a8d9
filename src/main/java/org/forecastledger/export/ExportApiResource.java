package org.forecastledger.export;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.claim.ClaimView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The whole ledger for download: CSV for spreadsheets, JSON for scripts, ClaimReview JSON-LD for aggregators. */
@PermitAll
@Path("/api/export")
@Tag(name = "Exports")
public class ExportApiResource {

    /** The JSON export: every claim with its full history. */
    public record LedgerExport(Instant exportedAt, int count, List<ClaimView> claims) {
    }

    @Inject
    ClaimService claims;

    @Inject
    LinkedDataService linkedData;

    @GET
    @Path("/claims.csv")
    @Produces("text/csv")
    @Operation(summary = "Every claim as RFC 4180 CSV, one row per claim, with its current verdict and evidence")
    public Response csv() {
        return Response.ok(ClaimCsv.of(claims.list(ClaimFilter.NONE)))
                .type("text/csv; charset=utf-8; header=present")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"forecast-ledger-claims.csv\"")
                .build();
    }

    @GET
    @Path("/claims.json")
    @Produces("application/json")
    @Operation(summary = "Every claim with its current verdict and its whole revision history")
    public LedgerExport json() {
        List<ClaimView> all = claims.listWithHistory();
        return new LedgerExport(Instant.now(), all.size(), all);
    }

    @GET
    @Path("/claimreview.jsonld")
    @Produces(LinkedData.JSON_LD)
    @Operation(summary = "Every claim as a schema.org ClaimReview, in one JSON-LD graph")
    public Map<String, Object> claimReviews(UriInfo uri) {
        return linkedData.claimReviews(uri.getBaseUri());
    }
}
