package org.forecastledger.export;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.forecastledger.web.NotFoundProblem;

import java.util.Map;

/** One claim as linked data, beside its JSON at the same address: a schema.org ClaimReview, a Web Annotation. */
@PermitAll
@Path("/api/claims")
@Tag(name = "Claims")
public class LinkedDataApiResource {

    @Inject
    LinkedDataService linkedData;

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
}
