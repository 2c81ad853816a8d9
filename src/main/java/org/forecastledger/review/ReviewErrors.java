package org.forecastledger.review;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.forecastledger.web.ErrorMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** A session write the session's state does not allow: 409 with the reason (problem+json or a page). */
public class ReviewErrors {

    @ServerExceptionMapper
    public Response conflict(ReviewConflict e, UriInfo uri) {
        return ErrorMappers.respond(uri, 409, "Conflict", e.getMessage(), List.of());
    }
}
