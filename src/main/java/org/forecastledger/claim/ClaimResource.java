package org.forecastledger.claim;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.forecastledger.document.Document;
import org.forecastledger.document.DocumentRenderer;
import org.forecastledger.document.DocumentRenderer.Block;
import org.forecastledger.document.DocumentRenderer.Mark;
import org.forecastledger.document.DocumentService;
import org.forecastledger.document.DocumentView;
import org.forecastledger.theme.Theme;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.web.NotFoundProblem;

import java.util.List;

/** The claim pages: a sortable, filterable table, and one claim with its words, verdict and history. */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
public class ClaimResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<ClaimView> page, ClaimQuery query, ClaimFilter filter, ClaimSort sort,
                List<VerdictStatus> statuses, List<DocumentView> documents, List<Theme> themes,
                List<String> attributions, List<ClaimSort> sorts);

        static native TemplateInstance detail(ClaimView claim, Block passage, DocumentView document);
    }

    @Inject
    ClaimService claims;

    @Inject
    DocumentService documents;

    @GET
    public TemplateInstance list(@BeanParam ClaimQuery query) {
        ClaimQuery.Paged paged = query.paged(50);
        Page<ClaimView> page = claims.search(paged.filter(), paged.sort(), paged.page(), paged.size());
        return Templates.list(page, query, paged.filter(), paged.sort(), List.of(VerdictStatus.values()), documents.list(),
                Theme.listInOrder(), claims.attributions(), List.of(ClaimSort.values()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") String id) {
        ClaimView claim = claims.find(id).orElseThrow(() -> new NotFoundProblem("claim", id));
        Document document = Document.findById(claim.documentId());
        Block passage = DocumentRenderer.blockAt(DocumentRenderer.render(document.body, List.of(
                new Mark(claim.id(), claim.start(), claim.end(), claim.statement(), claim.status()))), claim.start());
        return Templates.detail(claim, passage, documents.find(claim.documentId()).orElseThrow());
    }
}
