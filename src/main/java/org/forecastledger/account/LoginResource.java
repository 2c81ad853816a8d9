package org.forecastledger.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.PermitAll;
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
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Browser login and logout. Scripts use HTTP Basic instead. Failed logins are throttled. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String next, String error);
    }

    @Inject
    IdentityProviderManager identities;

    @Inject
    Sessions sessions;

    @Inject
    LoginThrottle throttle;

    @GET
    @Path("login")
    public TemplateInstance form(@QueryParam("next") String next) {
        return Templates.login("", localPath(next), null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String username, @RestForm String password, @RestForm String next,
            @Context HttpServerRequest request, @Context HttpServerResponse response) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String target = localPath(next);
        String address = ClientAddress.of(request);
        Optional<Duration> pause = throttle.pause(address, name);
        if (pause.isPresent()) {
            long seconds = Math.max(1, pause.get().toSeconds());
            return Response.status(429).header("Retry-After", seconds)
                    .entity(Templates.login(name, target, "Too many failed logins. Try again in " + seconds
                            + " seconds."))
                    .build();
        }
        if (name.isEmpty() || password == null || password.isEmpty()) {
            // nothing was guessed: refused without counting towards the throttle
            return Response.status(401).entity(Templates.login(name, target, "Type a username and a password.")).build();
        }
        if (name.length() > 40 || password.length() > 200) {
            return failed(address, name, target);
        }
        try {
            identities.authenticateBlocking(new UsernamePasswordAuthenticationRequest(name,
                    new PasswordCredential(password.toCharArray())));
        } catch (AuthenticationFailedException e) {
            return failed(address, name, target);
        }
        throttle.succeeded(address, name);
        sessions.start(response, request.isSSL(), name);
        return Response.seeOther(URI.create(target)).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@Context HttpServerRequest request, @Context HttpServerResponse response) {
        sessions.end(response, request.isSSL());
        return Response.seeOther(URI.create("/")).build();
    }

    private Response failed(String address, String name, String target) {
        throttle.failed(address, name);
        return Response.status(401)
                .entity(Templates.login(name, target, "Wrong username or password, or the account is disabled."))
                .build();
    }

    /** Only a path on this site is followed after login, never another site. */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.length() > 500 || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
