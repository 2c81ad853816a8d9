package org.forecastledger.review;

import jakarta.annotation.security.RolesAllowed;
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
import org.forecastledger.account.CurrentUser;
import org.forecastledger.account.Role;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.NotFoundProblem;
import org.forecastledger.web.UrlPath;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Review sessions as JSON: open one (facilitators), join, vote (reviewers), reveal, decide, skip, close. */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review sessions")
@RolesAllowed(Role.VIEWER_NAME)
public class ReviewApiResource {

    @Inject
    ReviewService review;

    @Inject
    SessionViews views;

    @Inject
    CurrentUser me;

    @GET
    @Operation(summary = "Every review session, newest first (logged-in accounts)")
    public List<SessionView.Summary> list() {
        return views.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "Open a session (facilitators): {title, claimIds: [...]} or {title, filter: {status, year, "
            + "theme, document, due, health}}")
    @APIResponse(responseCode = "201", description = "Opened; Location names the session")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the agenda would be empty")
    public Response open(SessionRequest request, UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON object with title and claimIds or filter is required");
        }
        long id = review.open(request.validate(), me.getName());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(view(id)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One session: participants, items with their phase and vote count; votes only after the "
            + "item's reveal; agreement over the revealed items")
    @APIResponse(responseCode = "404", description = "No such session")
    public Response session(@PathParam("id") String id) {
        return Response.ok(view(SessionIds.parse(id))).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/join")
    @RolesAllowed(Role.REVIEWER_NAME)
    @Operation(summary = "Join the session (reviewers); voting joins too")
    public SessionView join(@PathParam("id") String id) {
        long session = SessionIds.parse(id);
        review.join(session, me.getName(), role());
        return view(session);
    }

    @POST
    @Path("/{id}/items/{claimId}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REVIEWER_NAME)
    @Operation(summary = "Cast or change your vote {status, confidence: low|medium|high, note, evidence} until the "
            + "item is revealed")
    @APIResponse(responseCode = "409", description = "The item is no longer open for votes")
    public Map<String, Object> vote(@PathParam("id") String id, @PathParam("claimId") String claimId,
            VoteRequest request) {
        long session = SessionIds.parse(id);
        if (request == null) {
            throw new InvalidInputException("body", "a JSON object with status and confidence is required");
        }
        ReviewService.VoteResult result = review.vote(session, claimId, me.getName(), role(), request.validate());
        return Map.of("claimId", claimId, "voteCount", result.voteCount(), "version", result.version(),
                "yourVote", view(session).item(claimId).yourVote());
    }

    @POST
    @Path("/{id}/items/{claimId}/reveal")
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "Reveal the votes on an item (facilitators); voting on it closes")
    @APIResponse(responseCode = "409", description = "The item is not in voting")
    public SessionView.ItemView reveal(@PathParam("id") String id, @PathParam("claimId") String claimId) {
        long session = SessionIds.parse(id);
        review.reveal(session, claimId);
        return view(session).item(claimId);
    }

    @POST
    @Path("/{id}/items/{claimId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "Decide a revealed item (facilitators) {status, asOf, rationale, evidence}: appended as the "
            + "claim's next verdict revision, linked to the session")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new verdict revision")
    @APIResponse(responseCode = "409", description = "Not revealed yet, or the claim's verdict changed during the "
            + "session: 'current' holds the newer verdict; send its number as expectedRevision to decide on top")
    public Response decide(@PathParam("id") String id, @PathParam("claimId") String claimId,
            DecisionRequest request) {
        long session = SessionIds.parse(id);
        if (request == null) {
            throw new InvalidInputException("body", "a JSON object with status, asOf, rationale and evidence is "
                    + "required");
        }
        VerdictRevision revision = review.decide(session, claimId, me.getName(), request.verdict(),
                request.expectedRevision());
        return Response.created(URI.create("/api/claims/" + UrlPath.segment(claimId) + "/verdicts/" + revision.number))
                .entity(view(session).item(claimId)).build();
    }

    @POST
    @Path("/{id}/items/{claimId}/skip")
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "Skip an item without a decision (facilitators)")
    public SessionView.ItemView skip(@PathParam("id") String id, @PathParam("claimId") String claimId) {
        long session = SessionIds.parse(id);
        review.skip(session, claimId);
        return view(session).item(claimId);
    }

    @POST
    @Path("/{id}/items/{claimId}/current")
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "Put an item on the shared screen (facilitators)")
    public SessionView.ItemView current(@PathParam("id") String id, @PathParam("claimId") String claimId) {
        long session = SessionIds.parse(id);
        review.makeCurrent(session, claimId);
        return view(session).item(claimId);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "Close the session (facilitators): no more votes or decisions")
    public SessionView close(@PathParam("id") String id) {
        long session = SessionIds.parse(id);
        review.close(session);
        return view(session);
    }

    private SessionView view(long id) {
        return views.view(id, me.getName()).orElseThrow(() -> new NotFoundProblem("review session", String.valueOf(id)));
    }

    private String role() {
        return me.isFacilitator() ? Role.FACILITATOR_NAME : Role.REVIEWER_NAME;
    }
}
