package org.forecastledger.baseline;

import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The baseline's one trivial page, rendered by Qute like the real app's pages. */
@Path("/")
@PermitAll
public class HelloResource {

    @Inject
    Template hello;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String hello() {
        return hello.data("accounts", BaselineUser.count()).render();
    }
}
