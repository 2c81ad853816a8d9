package org.forecastledger.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.forecastledger.web.ErrorMappers;
import org.forecastledger.web.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Answers for requests that lack the right to what they ask: an API caller gets 401 with a Basic challenge, 403, or
 * 429 while its failed logins are throttled; a browser is sent to the login page or shown why it may not.
 */
public class AccessProblems {

    static final String CHALLENGE = "Basic realm=\"Forecast Ledger\", charset=\"UTF-8\"";

    @Inject
    LoginThrottle throttle;

    @Inject
    CurrentVertxRequest vertx;

    /** Refuses HTTP Basic credentials while their account and address are throttled, before they are checked. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Optional<Response> throttleBasic(ContainerRequestContext request) {
        Optional<String> username = basicUsername(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (username.isEmpty()) {
            return Optional.empty();
        }
        return throttle.pause(address(), username.get()).map(pause -> tooManyFailures(request, pause));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        if (isApi(uri)) {
            return challenge(uri, "This needs an account: log in with HTTP Basic authentication.");
        }
        return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(returnPath(uri, headers),
                StandardCharsets.UTF_8))).build();
    }

    @ServerExceptionMapper
    public Response failedLogin(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        basicUsername(headers.getHeaderString(HttpHeaders.AUTHORIZATION))
                .ifPresent(username -> throttle.failed(address(), username));
        if (isApi(uri)) {
            return challenge(uri, "The username or password is wrong, or the account is disabled.");
        }
        return ErrorMappers.respond(uri, 401, "Unauthorized",
                "The username or password is wrong, or the account is disabled.", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ErrorMappers.respond(uri, 403, "Forbidden",
                "Your account's role does not allow this. Ask a facilitator for the right role.", List.of());
    }

    private static Response challenge(UriInfo uri, String detail) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, detail, uri.getPath(), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }

    private static Response tooManyFailures(ContainerRequestContext request, Duration pause) {
        long seconds = Math.max(1, pause.toSeconds());
        return Response.fromResponse(Problem.response(429, "Too Many Requests", "Too many failed logins: try again in "
                        + seconds + " seconds.", request.getUriInfo().getPath(), List.of(), null))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }

    private String address() {
        HttpServerRequest request = vertx.getCurrent().request();
        return ClientAddress.of(request);
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api");
    }

    /** Where to return after logging in: the page itself for a GET, the page the form was on for a POST. */
    private String returnPath(UriInfo uri, HttpHeaders headers) {
        String referer = headers.getHeaderString("Referer");
        boolean read = HttpMethod.GET.equals(vertx.getCurrent().request().method().name());
        if (!read && referer != null) {
            try {
                URI from = URI.create(referer);
                if (from.getRawPath() != null && uri.getBaseUri().getAuthority() != null
                        && uri.getBaseUri().getAuthority().equals(from.getRawAuthority())) {
                    return LoginResource.localPath(from.getRawPath());
                }
            } catch (IllegalArgumentException e) {
                // not an address: fall through
            }
        }
        return read ? uri.getPath() : "/";
    }

    static Optional<String> basicUsername(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
