package org.forecastledger.claim;

import org.forecastledger.verdict.Decider;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictRequest;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.verdict.VerdictService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import org.forecastledger.account.Role;
import org.forecastledger.claim.ClaimView.RevisionView;
import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.NotFoundProblem;

import java.util.List;

/** A claim's verdict ledger: read every revision, or append one (reviewers and facilitators). */
@PermitAll
@Path("/api/claims/{id}/verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts")
public class VerdictApiResource {

    @Inject
    ClaimService claims;

    @Inject
    VerdictService verdicts;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Every verdict revision of the claim, newest first")
    @APIResponse(responseCode = "404", description = "No such claim")
    public List<RevisionView> history(@PathParam("id") String id) {
        return claim(id).history();
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "One verdict revision of the claim")
    @APIResponse(responseCode = "404", description = "No such claim or revision")
    public RevisionView revision(@PathParam("id") String id, @PathParam("number") String number) {
        return claim(id).history().stream()
                .filter(revision -> String.valueOf(revision.number()).equals(number))
                .findFirst()
                .orElseThrow(() -> new NotFoundProblem("revision", id + "/" + number));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a new verdict (reviewers). Name the revision you saw in expectedRevision: if "
            + "somebody recorded a newer one meanwhile, the answer is 409 with the current revision.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new revision")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; each is named")
    @APIResponse(responseCode = "401", description = "No credentials, or wrong ones (HTTP Basic)")
    @APIResponse(responseCode = "403", description = "The account is not a reviewer or facilitator")
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "409", description = "expectedRevision is stale")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response record(@PathParam("id") String id, VerdictRequest request, UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON object with status, asOf, rationale, evidence and "
                    + "expectedRevision is required");
        }
        NewVerdict verdict = request.validate();
        VerdictRevision revision = verdicts.append(id, verdict, Decider.reviewer(identity.getPrincipal().getName()), request.expectedRevision())
                .orElseThrow(() -> new NotFoundProblem("claim", id));
        RevisionView created = claim(id).history().stream()
                .filter(view -> view.number() == revision.number)
                .findFirst()
                .orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(revision.number)).build())
                .entity(created)
                .build();
    }

    private ClaimView claim(String id) {
        return claims.find(id).orElseThrow(() -> new NotFoundProblem("claim", id));
    }
}
