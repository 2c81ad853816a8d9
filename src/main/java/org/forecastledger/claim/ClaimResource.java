package org.forecastledger.claim;

import jakarta.annotation.security.PermitAll;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.forecastledger.LedgerClock;
import org.forecastledger.document.DocumentRenderer.Block;
import org.forecastledger.document.DocumentRenderer.Mark;
import org.forecastledger.document.DocumentService;
import org.forecastledger.document.DocumentView;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.web.NotFoundProblem;
import org.forecastledger.web.UrlPath;
import org.forecastledger.account.CurrentUser;
import org.forecastledger.account.Role;
import org.forecastledger.claim.ClaimView.RevisionView;
import org.forecastledger.verdict.Decider;
import org.forecastledger.verdict.VerdictForm;
import org.forecastledger.verdict.VerdictFormFlow;
import org.forecastledger.verdict.VerdictFormFlow.Outcome;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.verdict.VerdictService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The claim pages: a sortable, filterable table, and one claim with its words, verdict and history. */
@PermitAll
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
public class ClaimResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<ClaimView> page, ClaimQuery query, ClaimFilter filter, ClaimSort sort,
                List<VerdictStatus> statuses, List<DocumentView> documents, List<Theme> themes,
                List<String> attributions, List<ClaimSort> sorts);

        static native TemplateInstance detail(ClaimView claim, Block passage, DocumentView document,
                VerdictForm form, Map<String, String> errors, RevisionView conflict, Integer recorded);
    }

    @Inject
    ClaimService claims;

    @Inject
    DocumentService documents;

    @Inject
    VerdictService verdicts;

    @Inject
    CurrentUser me;

    @Inject
    LedgerClock clock;

    @GET
    public TemplateInstance list(@BeanParam ClaimQuery query) {
        ClaimQuery.Paged paged = query.paged(50);
        Page<ClaimView> page = claims.search(paged.filter(), paged.sort(), paged.page(), paged.size());
        return Templates.list(page, query, paged.filter(), paged.sort(), List.of(VerdictStatus.values()), documents.list(),
                Theme.listInOrder(), claims.attributions(), List.of(ClaimSort.values()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("recorded") String recorded) {
        ClaimView claim = find(id);
        VerdictForm form = me.isReviewer() ? claim.verdictForm(clock.today()) : null;
        Integer shown = recorded != null && recorded.matches("\\d{1,9}") ? Integer.valueOf(recorded) : null;
        return page(claim, form, Map.of(), null, shown);
    }

    /**
     * The verdict form. Success answers 303 back to the claim; bad fields re-render the form with what was typed and
     * a message per field; a stale revision shows the newer verdict beside what was typed, nothing lost.
     */
    @POST
    @Path("/{id}/verdicts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response record(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        ClaimView claim = find(id);
        Outcome<VerdictRevision> outcome = VerdictFormFlow.post(fields, (verdict, expected) -> verdicts.append(id,
                verdict, Decider.reviewer(me.getName()), expected).orElseThrow(() -> new NotFoundProblem("claim", id)));
        if (outcome.isWritten()) {
            return Response.seeOther(URI.create("/claims/" + UrlPath.segment(id) + "?recorded="
                    + outcome.written().number + "#verdict-h")).build();
        }
        ClaimView shown = outcome.isStale() ? find(id) : claim;
        return Response.status(outcome.status()).entity(page(shown, outcome.form(), outcome.errors(),
                outcome.isStale() ? shown.history().get(0) : null, null)).build();
    }

    private TemplateInstance page(ClaimView claim, VerdictForm form, Map<String, String> errors,
            RevisionView conflict, Integer recorded) {
        Block passage = documents.passage(claim.documentId(), new Mark(claim.id(), claim.start(), claim.end(),
                claim.statement(), claim.status())).orElseThrow();
        return Templates.detail(claim, passage, documents.find(claim.documentId()).orElseThrow(), form, errors,
                conflict, recorded);
    }

    private ClaimView find(String id) {
        return claims.find(id).orElseThrow(() -> new NotFoundProblem("claim", id));
    }
}
