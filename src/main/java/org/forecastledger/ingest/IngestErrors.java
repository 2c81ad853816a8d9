package org.forecastledger.ingest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.forecastledger.web.ErrorMappers;
import org.forecastledger.web.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Answers an {@link IngestRefusal}: problem+json under /api, the error page elsewhere. */
public class IngestErrors {

    @ServerExceptionMapper
    public Response refused(IngestRefusal e, UriInfo uri) {
        return ErrorMappers.respond(uri, e.status, e.title, e.getMessage(),
                e.field == null ? List.of() : List.of(new Problem.FieldError(e.field, e.getMessage())));
    }
}
