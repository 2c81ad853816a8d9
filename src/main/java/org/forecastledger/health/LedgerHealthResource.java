package org.forecastledger.health;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The ledger-health page: what the consistency checks found in the current ledger, and what is explained. */
@Path("/ledger-health")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class LedgerHealthResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance health(LedgerHealth health);
    }

    @Inject
    HealthService health;

    @GET
    public TemplateInstance health() {
        return Templates.health(health.report());
    }
}
