package org.forecastledger.ingest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.forecastledger.account.CurrentUser;
import org.forecastledger.account.Role;
import org.forecastledger.document.DocumentKind;
import org.forecastledger.web.FormErrors;
import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.UrlPath;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The pages of uploading and reviewing (reviewers): the upload form, and the forms of the document page's review
 * panel (accept, edit then accept, reject, a claim from any passage). Each success answers 303 (PRG).
 */
@RolesAllowed(Role.REVIEWER_NAME)
@Path("/documents")
@Produces(MediaType.TEXT_HTML)
public class IngestResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(UploadRequest typed, Map<String, String> errors,
                List<DocumentKind> kinds);
    }

    private static final UploadRequest BLANK = new UploadRequest("", "", "", "", "", "");

    @Inject
    UploadService uploads;

    @Inject
    SuggestionService suggestions;

    @Inject
    CurrentUser me;

    @GET
    @Path("/new")
    public TemplateInstance form() {
        return Templates.upload(BLANK, Map.of(), List.of(DocumentKind.values()));
    }

    @POST
    @Path("/new")
    public Response upload(UploadForm form) {
        UploadRequest typed = form.request();
        try {
            String id = uploads.upload(typed, form.file(), me.getName());
            return Response.seeOther(URI.create("/documents/" + UrlPath.segment(id) + "?uploaded=1#review")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.upload(typed, FormErrors.of(e),
                    List.of(DocumentKind.values()))).build();
        } catch (IngestRefusal e) {
            return Response.status(e.status).entity(Templates.upload(typed, Map.of("file", e.getMessage()),
                    List.of(DocumentKind.values()))).build();
        }
    }

    @POST
    @Path("/{id}/suggestions/{sid}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") String id, @PathParam("sid") String sid,
            MultivaluedMap<String, String> fields) {
        String claimId = suggestions.accept(id, sid, draft(fields), me.getName());
        return back(id, "accepted=" + UrlPath.segment(claimId));
    }

    @POST
    @Path("/{id}/suggestions/{sid}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @PathParam("sid") String sid) {
        suggestions.reject(id, sid, me.getName());
        return back(id, "rejected=1");
    }

    @POST
    @Path("/{id}/claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        String claimId = suggestions.createClaim(id, draft(fields), me.getName());
        return back(id, "accepted=" + UrlPath.segment(claimId));
    }

    private static Response back(String id, String query) {
        return Response.seeOther(URI.create("/documents/" + UrlPath.segment(id) + "?" + query + "#review")).build();
    }

    /** The form's fields as a draft; fields the form did not send stay null, so that the suggestion's value holds. */
    private static ClaimDraft draft(MultivaluedMap<String, String> f) {
        return new ClaimDraft(f.getFirst("quote"), f.getFirst("start"), f.getFirst("end"), f.getFirst("occurrence"),
                f.getFirst("statement"), f.getFirst("attributedTo"), f.getFirst("theme"), f.getFirst("hedgeWords"),
                f.getFirst("hedgeBand"), f.getFirst("horizonLabel"), f.getFirst("horizonUntil"));
    }
}
