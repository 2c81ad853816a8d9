package org.forecastledger.document;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.forecastledger.web.NotFoundProblem;

import java.util.List;

/** The source documents as JSON. */
@PermitAll
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentApiResource {

    @Inject
    DocumentService documents;

    @GET
    @Operation(summary = "All source documents with their metadata and claim counts")
    public List<DocumentView> list() {
        return documents.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its full text")
    @APIResponse(responseCode = "404", description = "No such document")
    public DocumentView get(@PathParam("id") String id) {
        return documents.find(id).orElseThrow(() -> new NotFoundProblem("document", id));
    }
}
