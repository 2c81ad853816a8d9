package org.forecastledger.document;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.forecastledger.web.NotFoundProblem;

import java.util.List;
import java.util.Optional;

/**
 * The document pages: the list, and one document's full text with every claim highlighted and anchored; features
 * add their sections below the text (an uploaded document's review of its suggested forecasts, for reviewers).
 */
@PermitAll
@Path("/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DocumentView> documents);

        static native TemplateInstance detail(DocumentPage page, List<RawString> sections);
    }

    @Inject
    DocumentService documents;

    @Inject
    Instance<DocumentSection> sections;

    @GET
    public TemplateInstance list() {
        return Templates.list(documents.list());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("accepted") String accepted) {
        DocumentPage page = documents.page(id, accepted).orElseThrow(() -> new NotFoundProblem("document", id));
        List<RawString> below = sections.stream().map(section -> section.render(id)).flatMap(Optional::stream)
                .toList();
        return Templates.detail(page, below);
    }
}
