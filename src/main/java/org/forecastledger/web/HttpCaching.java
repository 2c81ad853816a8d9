package org.forecastledger.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.forecastledger.Sha256;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Arrays;
import java.util.Optional;

/**
 * Conditional GETs for the JSON API: an ETag derived from the ledger version and the request, a 304 when the
 * client already holds it, and a Cache-Control fitting each resource.
 */
public class HttpCaching {

    @Inject
    LedgerVersion version;

    @ServerRequestFilter
    public Optional<Response> notModified(ContainerRequestContext request) {
        if (!isCachedApiGet(request)) {
            return Optional.empty();
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return Optional.empty();
        }
        String etag = etag(request);
        boolean match = Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
        if (!match) {
            return Optional.empty();
        }
        return Optional.of(Response.notModified()
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl(request))
                .build());
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (isCachedApiGet(request) && response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag(request));
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(request));
            response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding");
        }
    }

    private static boolean isCachedApiGet(ContainerRequestContext request) {
        return HttpMethod.GET.equals(request.getMethod()) && request.getUriInfo().getPath().startsWith("/api/");
    }

    private String etag(ContainerRequestContext request) {
        String accept = Optional.ofNullable(request.getHeaderString(HttpHeaders.ACCEPT)).orElse("");
        String identity = version.current() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery()).orElse("") + " " + accept;
        return "\"" + Sha256.hex(identity).substring(0, 32) + "\"";
    }

    /** Documents change only with a new deployment; everything else must be revalidated (cheap: a 304). */
    private static String cacheControl(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("/api/documents") ? "public, max-age=300" : "no-cache";
    }
}
