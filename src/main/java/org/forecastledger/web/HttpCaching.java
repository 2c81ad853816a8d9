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
import java.util.List;
import java.util.Optional;

/**
 * Conditional GETs for the JSON API: an ETag derived from the ledger version and the request, a 304 when the
 * client already holds it, and a Cache-Control fitting each resource.
 */
public class HttpCaching {

    @Inject
    LedgerVersion version;

    private static final String VERSION = HttpCaching.class.getName() + ".version";

    /**
     * Remembers the ledger version the request is answered from (a verdict committed while the response is being
     * built must not give an old body the new tag), and answers 304 when the client holds that version. A "*"
     * is not honoured: only a tag this server gave out proves the client has the resource.
     */
    @ServerRequestFilter
    public Optional<Response> notModified(ContainerRequestContext request) {
        if (!isCachedApiGet(request)) {
            return Optional.empty();
        }
        request.setProperty(VERSION, version.current());
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return Optional.empty();
        }
        String etag = etag(request);
        boolean match = Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> opaque(tag).equals(opaque(etag)));
        if (!match) {
            return Optional.empty();
        }
        return Optional.of(Response.notModified()
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build());
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (isCachedApiGet(request) && response.getStatus() == 200 && request.getProperty(VERSION) != null) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag(request));
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding");
        }
    }

    /**
     * The API reads whose content follows the ledger version alone: claims, verdict histories, documents and their
     * suggestions, themes, comparison, scores, exports. Not accounts, review sessions, ledger health or the backup:
     * they change without a verdict, and some differ per person.
     */
    /** Revalidated on every use: a 304 is cheap, a stale answer (a document uploaded since) is wrong. */
    static final String CACHE_CONTROL = "no-cache";

    static final List<String> LEDGER_READS = List.of("/api/claims", "/api/documents", "/api/themes",
            "/api/comparison", "/api/scores", "/api/export");

    static boolean isCachedApiGet(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return HttpMethod.GET.equals(request.getMethod())
                && LEDGER_READS.stream().anyMatch(read -> path.equals(read) || path.startsWith(read + "/"));
    }

    private String etag(ContainerRequestContext request) {
        String accept = Optional.ofNullable(request.getHeaderString(HttpHeaders.ACCEPT)).orElse("");
        String identity = request.getProperty(VERSION) + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery()).orElse("") + " " + accept;
        // Weak: the gzip and the plain body are the same resource but not the same bytes.
        return "W/\"" + Sha256.hex(identity).substring(0, 32) + "\"";
    }

    /** The tag without its weakness marker: If-None-Match compares weakly (RFC 9110, 13.1.2). */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

}
