package org.forecastledger.ingest;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.forecastledger.account.CurrentUser;
import org.forecastledger.account.Role;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.claim.ClaimView;
import org.forecastledger.document.DocumentService;
import org.forecastledger.document.DocumentView;
import org.forecastledger.web.UrlPath;

import java.net.URI;
import java.util.List;

/** Uploaded documents through the API: upload, the suggested forecasts and their review, the seed files. */
@PermitAll
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class IngestApiResource {

    @Inject
    UploadService uploads;

    @Inject
    SuggestionService suggestions;

    @Inject
    SeedExport seeds;

    @Inject
    DocumentService documents;

    @Inject
    ClaimService claims;

    @Inject
    CurrentUser me;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.REVIEWER_NAME)
    @Operation(summary = "Upload a document (reviewers): multipart fields file (plain text, Markdown or HTML, UTF-8, "
            + "at most 2 MB), title, author, outlet, publishedOn, kind, year. The forecasts it makes are suggested.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the document")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the file is empty, binary "
            + "or not UTF-8; each problem is named")
    @APIResponse(responseCode = "409", description = "The same text is already held; the detail names its id")
    @APIResponse(responseCode = "413", description = "The file is larger than 2 MB")
    public Response upload(UploadForm form) {
        String id = uploads.upload(form.request(), form.file(), me.getName());
        DocumentView created = documents.find(id).orElseThrow();
        return Response.created(URI.create("/api/documents/" + UrlPath.segment(id)))
                .entity(new Uploaded(created.id(), created.title(), created.year(), created.sha256(),
                        suggestions.suggestions(id).size()))
                .build();
    }

    /** Any other body (JSON, a plain form) is refused once the caller is known to be allowed to upload. */
    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, "*/*"})
    @RolesAllowed(Role.REVIEWER_NAME)
    @Operation(hidden = true)
    public Response notMultipart() {
        throw new IngestRefusal(415, "Unsupported Media Type", "file", "an upload is a multipart/form-data request "
                + "with the fields file, title, author, outlet, publishedOn, kind and year");
    }

    /** What an upload answers: the new document's id and how many forecasts were suggested in it. */
    public record Uploaded(String id, String title, int year, String sha256, int suggestions) {
    }

    @GET
    @Path("/{id}/suggestions")
    @Operation(summary = "The forecasts suggested in an uploaded document, best score first, each open, accepted "
            + "or rejected")
    @APIResponse(responseCode = "404", description = "No such document")
    public List<SuggestionView> suggestions(@PathParam("id") String id) {
        return suggestions.suggestions(id);
    }

    @POST
    @Path("/{id}/suggestions/{sid}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REVIEWER_NAME)
    @Operation(summary = "Accept a suggestion as a claim (reviewers), PENDING until judged. The body may edit "
            + "statement, attributedTo, theme, hedgeWords, hedgeBand, horizonLabel, horizonUntil, and narrow the "
            + "quote (quote with start and end inside the suggested span)")
    @APIResponse(responseCode = "201", description = "The claim; Location names it")
    @APIResponse(responseCode = "400", description = "An edit is invalid; each is named")
    @APIResponse(responseCode = "404", description = "No such document or suggestion")
    @APIResponse(responseCode = "409", description = "The suggestion was already accepted or rejected, or the "
            + "document comes from the seed files")
    public Response accept(@PathParam("id") String id, @PathParam("sid") String sid, ClaimDraft draft) {
        return created(suggestions.accept(id, sid, draft, me.getName()));
    }

    @POST
    @Path("/{id}/suggestions/{sid}/reject")
    @RolesAllowed(Role.REVIEWER_NAME)
    @Operation(summary = "Reject a suggestion (reviewers); it is remembered and not proposed again")
    @APIResponse(responseCode = "404", description = "No such document or suggestion")
    @APIResponse(responseCode = "409", description = "The suggestion was already accepted or rejected")
    public SuggestionView reject(@PathParam("id") String id, @PathParam("sid") String sid) {
        return suggestions.reject(id, sid, me.getName());
    }

    @POST
    @Path("/{id}/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REVIEWER_NAME)
    @Operation(summary = "Make a claim from any passage of an uploaded document (reviewers): start and end, or "
            + "quote (copied exactly) with its occurrence; the other fields as for accept, guessed when left out")
    @APIResponse(responseCode = "201", description = "The claim; Location names it")
    @APIResponse(responseCode = "400", description = "The passage or a field is invalid; each is named")
    @APIResponse(responseCode = "404", description = "No such document")
    @APIResponse(responseCode = "409", description = "The document comes from the seed files")
    public Response claim(@PathParam("id") String id, ClaimDraft draft) {
        return created(suggestions.createClaim(id, draft, me.getName()));
    }

    @GET
    @Path("/{id}/seeds")
    @Operation(summary = "The document and its claims in the seed format: its documents.yaml entry, "
            + "claims/<id>.yaml, its text file and SHA256SUMS line, ready to commit to seeds/")
    @APIResponse(responseCode = "404", description = "No such document")
    public SeedExport.SeedFiles seedFiles(@PathParam("id") String id) {
        return seeds.export(id);
    }

    private Response created(String claimId) {
        ClaimView claim = claims.find(claimId).orElseThrow();
        return Response.created(URI.create("/api/claims/" + UrlPath.segment(claimId))).entity(claim).build();
    }
}
