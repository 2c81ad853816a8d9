package org.forecastledger.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.forecastledger.account.CurrentUser;
import org.forecastledger.account.Role;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.claim.ClaimView.RevisionView;
import org.forecastledger.verdict.VerdictFormFlow;
import org.forecastledger.verdict.VerdictFormFlow.Outcome;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.web.FormErrors;
import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.UrlPath;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * The forms of one agenda item: vote (reviewers), reveal, decide, skip, put on screen (facilitators). Success
 * answers 303 back to the item; a refused write re-renders the session page with what was typed and why.
 */
@Path("/review-sessions/{id}/items/{claimId}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ReviewItemResource {

    @Inject
    ReviewService review;

    @Inject
    SessionPage pages;

    @Inject
    ClaimService claims;

    @Inject
    CurrentUser me;

    @POST
    @Path("/votes")
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response vote(@PathParam("id") String id, @PathParam("claimId") String claimId,
            MultivaluedMap<String, String> fields) {
        long session = SessionIds.parse(id);
        VoteRequest typed = new VoteRequest(fields.getFirst("status"), fields.getFirst("confidence"),
                fields.getFirst("note"), fields.getFirst("evidence"));
        return write(session, claimId, () -> review.vote(session, claimId, me.getName(),
                me.isFacilitator() ? Role.FACILITATOR_NAME : Role.REVIEWER_NAME, typed.validate()),
                e -> new ItemForms(claimId, e, typed, null, null, null));
    }

    @POST
    @Path("/reveal")
    @RolesAllowed(Role.FACILITATOR_NAME)
    public Response reveal(@PathParam("id") String id, @PathParam("claimId") String claimId) {
        long session = SessionIds.parse(id);
        return write(session, claimId, () -> review.reveal(session, claimId), e -> ItemForms.NONE);
    }

    @POST
    @Path("/skip")
    @RolesAllowed(Role.FACILITATOR_NAME)
    public Response skip(@PathParam("id") String id, @PathParam("claimId") String claimId) {
        long session = SessionIds.parse(id);
        return write(session, claimId, () -> review.skip(session, claimId), e -> ItemForms.NONE);
    }

    @POST
    @Path("/current")
    @RolesAllowed(Role.FACILITATOR_NAME)
    public Response current(@PathParam("id") String id, @PathParam("claimId") String claimId) {
        long session = SessionIds.parse(id);
        return write(session, claimId, () -> review.makeCurrent(session, claimId), e -> ItemForms.NONE);
    }

    @POST
    @Path("/decision")
    @RolesAllowed(Role.FACILITATOR_NAME)
    public Response decide(@PathParam("id") String id, @PathParam("claimId") String claimId,
            MultivaluedMap<String, String> fields) {
        long session = SessionIds.parse(id);
        try {
            Outcome<VerdictRevision> outcome = VerdictFormFlow.post(fields, (verdict, expected) -> review.decide(
                    session, claimId, me.getName(), verdict, expected));
            if (outcome.isWritten()) {
                return backTo(session, claimId);
            }
            RevisionView conflict = outcome.isStale() ? claims.find(claimId).orElseThrow().history().get(0) : null;
            return Response.status(outcome.status()).entity(pages.page(session, new ItemForms(claimId,
                    outcome.errors(), null, outcome.form(), conflict, null))).build();
        } catch (ReviewConflict e) {
            return refused(session, claimId, e);
        }
    }

    private Response write(long session, String claimId, Runnable action,
            Function<Map<String, String>, ItemForms> onInvalid) {
        try {
            action.run();
            return backTo(session, claimId);
        } catch (InvalidInputException e) {
            return Response.status(400).entity(pages.page(session, onInvalid.apply(FormErrors.of(e)))).build();
        } catch (ReviewConflict e) {
            return refused(session, claimId, e);
        }
    }

    private static Response backTo(long session, String claimId) {
        return Response.seeOther(URI.create("/review-sessions/" + session + "#item-" + UrlPath.segment(claimId)))
                .build();
    }

    private Response refused(long session, String claimId, ReviewConflict e) {
        return Response.status(409).entity(pages.page(session, new ItemForms(claimId, Map.of(), null, null, null,
                e.getMessage()))).build();
    }
}
