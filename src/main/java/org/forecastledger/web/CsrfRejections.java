package org.forecastledger.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;
import java.util.Set;

/**
 * quarkus-rest-csrf refuses a form without a valid token with a bare 400; this says why, as a problem under /api and
 * as a page elsewhere, so that a person knows to reload the form and a script knows to send JSON.
 */
public class CsrfRejections {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    static final String DETAIL = "The form's security token is missing or does not match this browser's (CSRF "
            + "protection). Reload the page and send the form again. Scripts send JSON instead of form data.";

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || SAFE.contains(request.getMethod())) {
            return;
        }
        var explained = ErrorMappers.respond(request.getUriInfo(), 400, "Bad Request", DETAIL,
                List.of(new Problem.FieldError("csrf-token", "is missing or wrong")));
        response.setEntity(explained.getEntity(), null, explained.getMediaType());
        response.getHeaders().putSingle("Content-Type", explained.getMediaType().toString());
    }
}
