package org.forecastledger.health;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ledger-health report as JSON. */
@Path("/api/ledger-health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger health")
@PermitAll
public class LedgerHealthApiResource {

    @Inject
    HealthService health;

    @GET
    @Operation(summary = "The ledger's consistency checks run on the current ledger: open findings (problems), "
            + "explained findings (accepted exceptions with the curator's note) and every rule with its counts")
    public LedgerHealth get() {
        return health.report();
    }
}
