package org.forecastledger.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.forecastledger.account.CurrentUser;
import org.forecastledger.account.Role;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.claim.ClaimView;
import org.forecastledger.document.DocumentService;
import org.forecastledger.document.DocumentView;
import org.forecastledger.review.SessionView.ItemView;
import org.forecastledger.review.SessionView.Summary;
import org.forecastledger.claim.Theme;
import org.forecastledger.verdict.VerdictForm;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.web.FormErrors;
import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.NotFoundProblem;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The review session pages: the list, a new session, one session, its present view and its minutes. */
@Path("/review-sessions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class ReviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Summary> sessions);

        static native TemplateInstance create(SessionForm form, Map<String, String> errors,
                List<VerdictStatus> statuses, List<DocumentView> documents, List<Theme> themes);

        static native TemplateInstance session(SessionView session, ItemForms forms,
                Map<String, VerdictForm> decisions, Map<String, VoteRequest> ballots, boolean joined,
                List<VerdictStatus> statuses);

        static native TemplateInstance present(SessionView session, ItemView item, ClaimView claim, ItemView previous,
                ItemView next, boolean following);

        static native TemplateInstance minutes(SessionView session, List<Minutes.Row> rows);
    }

    @Inject
    SessionViews views;

    @Inject
    ReviewService review;

    @Inject
    ClaimService claims;

    @Inject
    DocumentService documents;

    @Inject
    CurrentUser me;

    @Inject
    SessionPage sessionPage;

    @GET
    public TemplateInstance list() {
        return Templates.list(views.list());
    }

    @GET
    @Path("/new")
    @RolesAllowed(Role.FACILITATOR_NAME)
    public TemplateInstance newSession() {
        return createPage(SessionForm.EMPTY, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.FACILITATOR_NAME)
    public Response open(MultivaluedMap<String, String> fields) {
        SessionForm form = SessionForm.typed(fields);
        try {
            long id = review.open(form.request().validate(), me.getName());
            return Response.seeOther(URI.create("/review-sessions/" + id)).build();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new HashMap<>();
            FormErrors.of(e).forEach((field, message) -> errors.merge(field.replace("filter.", "")
                    .replaceAll("^claimIds.*", "claimIds").replaceAll("^filter$", "status"), message,
                    (a, b) -> a + "; " + b));
            return Response.status(400).entity(createPage(form, errors)).build();
        }
    }

    @GET
    @Path("/{id}")
    public Response session(@PathParam("id") String id) {
        return Response.ok(sessionPage.page(SessionIds.parse(id), ItemForms.NONE)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/join")
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response join(@PathParam("id") String id) {
        long session = SessionIds.parse(id);
        review.join(session, me.getName(), me.isFacilitator() ? Role.FACILITATOR_NAME : Role.REVIEWER_NAME);
        return Response.seeOther(URI.create("/review-sessions/" + session)).build();
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Role.FACILITATOR_NAME)
    public Response close(@PathParam("id") String id) {
        long session = SessionIds.parse(id);
        review.close(session);
        return Response.seeOther(URI.create("/review-sessions/" + session)).build();
    }

    /** The shared screen: one item in large type; without {@code item} it follows the session's current item. */
    @GET
    @Path("/{id}/present")
    public Response present(@PathParam("id") String id, @QueryParam("item") String itemId) {
        SessionView session = view(SessionIds.parse(id));
        boolean following = itemId == null || itemId.isBlank();
        ItemView item = session.item(following ? session.currentClaimId() : itemId);
        if (item == null) {
            throw new NotFoundProblem("item of session " + session.id(), itemId);
        }
        List<ItemView> items = session.items();
        int at = items.indexOf(item);
        ItemView previous = at > 0 ? items.get(at - 1) : null;
        ItemView next = at + 1 < items.size() ? items.get(at + 1) : null;
        ClaimView claim = claims.find(item.claimId()).orElseThrow();
        return Response.ok(Templates.present(session, item, claim, previous, next, following))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{id}/minutes")
    public TemplateInstance minutes(@PathParam("id") String id) {
        SessionView session = view(SessionIds.parse(id));
        return Templates.minutes(session, Minutes.rows(session));
    }

    private SessionView view(long id) {
        return views.view(id, me.getName())
                .orElseThrow(() -> new NotFoundProblem("review session", String.valueOf(id)));
    }

    private TemplateInstance createPage(SessionForm form, Map<String, String> errors) {
        return Templates.create(form, errors, List.of(VerdictStatus.values()), documents.list(), Theme.listInOrder());
    }
}
