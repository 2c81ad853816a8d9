package org.forecastledger.claim;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.forecastledger.export.LinkedData;
import org.forecastledger.export.LinkedDataService;
import org.forecastledger.web.NotFoundProblem;

import java.util.Map;

/** Claims as JSON: filtered and paged, or one with its verdict history. */
@PermitAll
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimApiResource {

    @Inject
    ClaimService claims;

    @Inject
    LinkedDataService linkedData;

    @GET
    @Operation(summary = "Claims matching the filters, one page at a time (page counts from 0, size at most 200)")
    @APIResponse(responseCode = "400", description = "A filter, page or size is invalid")
    public Page<ClaimView> list(@BeanParam ClaimQuery query) {
        ClaimQuery.Paged paged = query.paged(50);
        return claims.search(paged.filter(), paged.sort(), paged.page(), paged.size());
    }

    @GET
    @Path("/{id}/claimreview")
    @Produces(LinkedData.JSON_LD)
    @Operation(summary = "The claim and its verdict as a schema.org ClaimReview (JSON-LD)")
    @APIResponse(responseCode = "404", description = "No such claim")
    public Map<String, Object> claimReview(@PathParam("id") String id, @Context UriInfo uri) {
        return linkedData.claimReview(id, uri.getBaseUri()).orElseThrow(() -> new NotFoundProblem("claim", id));
    }

    @GET
    @Path("/{id}/annotation")
    @Produces(LinkedData.JSON_LD)
    @Operation(summary = "The claim's quote as a W3C Web Annotation (TextQuoteSelector + TextPositionSelector)")
    @APIResponse(responseCode = "404", description = "No such claim")
    public Map<String, Object> annotation(@PathParam("id") String id, @Context UriInfo uri) {
        return linkedData.annotation(id, uri.getBaseUri()).orElseThrow(() -> new NotFoundProblem("claim", id));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One claim with its current verdict and every revision, newest first")
    @APIResponse(responseCode = "404", description = "No such claim")
    public ClaimView get(@PathParam("id") String id) {
        return claims.find(id).orElseThrow(() -> new NotFoundProblem("claim", id));
    }
}
