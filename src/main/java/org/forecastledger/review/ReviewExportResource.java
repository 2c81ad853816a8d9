package org.forecastledger.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.forecastledger.account.CurrentUser;
import org.forecastledger.account.Role;
import org.forecastledger.web.NotFoundProblem;

/** A session's minutes as Markdown or CSV, and its decisions as a patch to the seed files. */
@Path("/api/sessions/{id}/{export: minutes\\.md|minutes\\.csv|seeds\\.patch}")
@Tag(name = "Review sessions")
@RolesAllowed(Role.VIEWER_NAME)
public class ReviewExportResource {

    @Inject
    SessionViews views;

    @Inject
    SeedPatch seedPatch;

    @Inject
    CurrentUser me;

    @GET
    @Produces({"text/markdown", "text/csv", "text/x-diff"})
    @Operation(summary = "minutes.md (Markdown, user text escaped), minutes.csv (RFC 4180) or seeds.patch (a unified "
            + "diff of the seed files that git apply accepts)")
    public Response export(@PathParam("id") String id,
            @Parameter(description = "minutes.md, minutes.csv or seeds.patch") @PathParam("export") String export) {
        long sessionId = SessionIds.parse(id);
        if ("seeds.patch".equals(export)) {
            return file(seedPatch.of(sessionId), "text/x-diff", "session-" + sessionId + ".patch");
        }
        SessionView session = views.view(sessionId, me.getName())
                .orElseThrow(() -> new NotFoundProblem("review session", id));
        return "minutes.md".equals(export)
                ? file(MinutesText.markdown(session), "text/markdown", "session-" + sessionId + "-minutes.md")
                : file(MinutesText.csv(session), "text/csv", "session-" + sessionId + "-minutes.csv");
    }

    private static Response file(String body, String type, String name) {
        return Response.ok(body).type(type + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
