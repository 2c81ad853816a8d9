package org.forecastledger.backup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.forecastledger.LedgerClock;
import org.forecastledger.account.Role;

/** The backup of the whole ledger for facilitators: one versioned JSON file to restore into an empty database. */
@Path("/api/backup")
public class BackupApiResource {

    @Inject
    BackupService backups;

    @Inject
    LedgerClock clock;

    @GET
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole ledger as one JSON file (facilitators); password hashes only when asked for")
    public Response backup(@QueryParam("includePasswordHashes") boolean includePasswordHashes) {
        ObjectNode backup = backups.export(includePasswordHashes);
        return Response.ok(backup).header("Content-Disposition", "attachment; filename=\"forecast-ledger-backup-"
                + clock.today() + ".json\"").header("Cache-Control", "no-store").build();
    }
}
