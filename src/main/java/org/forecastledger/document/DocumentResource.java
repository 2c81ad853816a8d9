package org.forecastledger.document;

import jakarta.annotation.security.PermitAll;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.forecastledger.account.CurrentUser;
import org.forecastledger.claim.Claim;
import org.forecastledger.document.DocumentRenderer.Mark;
import org.forecastledger.document.DocumentRenderer.Rendered;
import org.forecastledger.ingest.ReviewPanel;
import org.forecastledger.ingest.ReviewService;
import org.forecastledger.web.NotFoundProblem;

import java.util.List;

/**
 * The document pages: the list, and one document's full text with every claim highlighted and anchored; an
 * uploaded document's page also carries the review of its suggested forecasts for reviewers.
 */
@PermitAll
@Path("/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DocumentView> documents);

        static native TemplateInstance detail(DocumentView document, Rendered rendered, List<Claim> claims,
                ReviewPanel panel, String accepted);
    }

    @Inject
    DocumentService documents;

    @Inject
    ReviewService review;

    @Inject
    CurrentUser me;

    @GET
    public TemplateInstance list() {
        return Templates.list(documents.list());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("accepted") String accepted) {
        DocumentView document = documents.find(id).orElseThrow(() -> new NotFoundProblem("document", id));
        List<Claim> claims = Claim.list("document.id = ?1 and retired = false order by quoteStart", id);
        List<Mark> marks = claims.stream()
                .map(claim -> new Mark(claim.id, claim.quoteStart, claim.quoteEnd, claim.statement, claim.status))
                .toList();
        ReviewPanel panel = me.isReviewer() ? review.panel(id).orElse(null) : null;
        String acceptedClaim = accepted != null && claims.stream().anyMatch(claim -> claim.id.equals(accepted))
                ? accepted : null;
        return Templates.detail(document, DocumentRenderer.render(document.text(), marks), claims, panel,
                acceptedClaim);
    }
}
