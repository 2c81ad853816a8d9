package org.forecastledger.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.forecastledger.web.FormErrors;
import org.forecastledger.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Map;

/** Your own account: who you are, your role, and a form to change your password. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(AccountView account, Map<String, String> errors, boolean changed);
    }

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser me;

    @Inject
    Sessions sessions;

    @GET
    public TemplateInstance show(@QueryParam("changed") String changed) {
        return Templates.account(mine(), Map.of(), changed != null);
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
            @RestForm String confirmPassword, @Context HttpServerRequest request,
            @Context HttpServerResponse response) {
        try {
            accounts.changePassword(me.getName(), currentPassword, newPassword,
                    confirmPassword == null ? "" : confirmPassword);
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.account(mine(), FormErrors.of(e), false)).build();
        }
        // the change ended every session opened before it, this one included: open a new one
        sessions.start(response, request.isSSL(), me.getName());
        return Response.seeOther(URI.create("/account?changed=1")).build();
    }

    private AccountView mine() {
        return accounts.find(me.getName()).orElseThrow();
    }
}
