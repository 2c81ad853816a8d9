package org.forecastledger.account;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.forecastledger.web.FormErrors;
import org.forecastledger.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The facilitators' page for accounts: every account, a form to create one, disable and enable buttons. */
@Path("/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.FACILITATOR_NAME)
public class UserResource {

    /** What was typed into the new-account form (never the password, which is not shown again). */
    public record Typed(String username, String role) {
        static final Typed EMPTY = new Typed("", Role.REVIEWER.id);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<AccountView> accounts, List<Role> roles, Typed typed,
                Map<String, String> errors, String notice);
    }

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser me;

    @GET
    public TemplateInstance list(@QueryParam("done") String done, @QueryParam("user") String user) {
        boolean known = done != null && List.of("created", "disabled", "enabled").contains(done)
                && user != null && Passwords.USERNAME.matcher(user).matches();
        return page(Typed.EMPTY, Map.of(), known ? "Account " + user + " " + done + "." : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role) {
        try {
            AccountView created = accounts.create(username, password, role, me.getName());
            return done("created", created.username());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(new Typed(username, role), FormErrors.of(e), null)).build();
        }
    }

    @POST
    @Path("/{username}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("username") String username) {
        return setEnabled(username, false);
    }

    @POST
    @Path("/{username}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("username") String username) {
        return setEnabled(username, true);
    }

    private Response setEnabled(String username, boolean enabled) {
        try {
            AccountView account = accounts.setEnabled(username, enabled, me.getName());
            return done(enabled ? "enabled" : "disabled", account.username());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(Typed.EMPTY, Map.of(),
                    "Not changed: " + username + " " + e.errors.get(0).message())).build();
        }
    }

    private TemplateInstance page(Typed typed, Map<String, String> errors, String notice) {
        return Templates.users(accounts.list(), List.of(Role.values()), typed, errors, notice);
    }

    private static Response done(String what, String username) {
        return Response.seeOther(URI.create("/users?done=" + what + "&user="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).build();
    }
}
