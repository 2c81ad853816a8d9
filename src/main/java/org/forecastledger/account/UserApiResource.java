package org.forecastledger.account;

import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.NotFoundProblem;

import java.util.List;

/** Accounts for scripts: facilitators list, create, disable and enable them; everyone changes their own password. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class UserApiResource {

    /** A new account. */
    public record NewAccount(String username, String password, String role) {
    }

    /** A password a facilitator sets for someone. */
    public record NewPassword(String password) {
    }

    /** A password change: the current password proves it is you. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    AccountService accounts;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("users")
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "Every account (facilitators): username, role, enabled, created; never a password")
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    @APIResponse(responseCode = "403", description = "Not a facilitator")
    public List<AccountView> list() {
        return accounts.list();
    }

    @GET
    @Path("users/{username}")
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "One account (facilitators)")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountView one(@PathParam("username") String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundProblem("account", username));
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "Create an account (facilitators): {username, password, role} with role viewer, reviewer or "
            + "facilitator; the password needs at least 12 characters")
    @APIResponse(responseCode = "201", description = "Created; Location names the account")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the username is taken")
    public Response create(NewAccount request, UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON object with username, password and role is required");
        }
        AccountView created = accounts.create(request.username(), request.password(), request.role(), me());
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @POST
    @Path("users/{username}/disable")
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "Disable an account (facilitators): it can no longer log in; its verdicts keep its name")
    @APIResponse(responseCode = "400", description = "Your own account, or the last enabled facilitator")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountView disable(@PathParam("username") String username) {
        return accounts.setEnabled(username, false, me());
    }

    @POST
    @Path("users/{username}/enable")
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "Enable a disabled account again (facilitators)")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountView enable(@PathParam("username") String username) {
        return accounts.setEnabled(username, true, me());
    }

    @POST
    @Path("users/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.FACILITATOR_NAME)
    @Operation(summary = "Set someone's password (facilitators): {password}, e.g. for an account restored from a "
            + "backup without password hashes; their sessions end")
    @APIResponse(responseCode = "204", description = "Set")
    @APIResponse(responseCode = "400", description = "The password is too weak")
    @APIResponse(responseCode = "404", description = "No such account")
    public Response setPassword(@PathParam("username") String username, NewPassword request) {
        accounts.setPassword(username, request == null ? null : request.password(), me());
        return Response.noContent().build();
    }

    @POST
    @Path("account/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.VIEWER_NAME})
    @Operation(summary = "Change your own password: {currentPassword, newPassword}; other sessions end")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The current password is wrong or the new one too weak")
    public Response changePassword(PasswordChange request) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON object with currentPassword and newPassword is required");
        }
        accounts.changePassword(me(), request.currentPassword(), request.newPassword(), null);
        return Response.noContent().build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
