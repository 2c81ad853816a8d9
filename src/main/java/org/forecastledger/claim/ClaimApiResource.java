package org.forecastledger.claim;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.forecastledger.web.NotFoundProblem;


/** Claims as JSON: filtered and paged, or one with its verdict history. */
@PermitAll
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimApiResource {

    @Inject
    ClaimService claims;

    @GET
    @Operation(summary = "Claims matching the filters, one page at a time (page counts from 0, size at most 200)")
    @APIResponse(responseCode = "400", description = "A filter, page or size is invalid")
    public Page<ClaimView> list(@BeanParam ClaimQuery query) {
        ClaimQuery.Paged paged = query.paged(50);
        return claims.search(paged.filter(), paged.sort(), paged.page(), paged.size());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One claim with its current verdict and every revision, newest first")
    @APIResponse(responseCode = "404", description = "No such claim")
    public ClaimView get(@PathParam("id") String id) {
        return claims.find(id).orElseThrow(() -> new NotFoundProblem("claim", id));
    }
}
