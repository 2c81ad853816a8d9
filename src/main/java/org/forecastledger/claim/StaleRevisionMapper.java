package org.forecastledger.claim;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.forecastledger.verdict.StaleRevisionException;
import org.forecastledger.web.ErrorMappers;
import org.forecastledger.web.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * A verdict that names a stale revision: 409, and under /api the claim's newest revision in the problem body, so a
 * script can show what it would overwrite.
 */
public class StaleRevisionMapper {

    @Inject
    ClaimService claims;

    @ServerExceptionMapper
    public Response stale(StaleRevisionException e, UriInfo uri) {
        List<Problem.FieldError> errors = List.of(
                new Problem.FieldError("expectedRevision", "the current revision is " + e.currentRevision));
        if (uri.getPath().startsWith("/api")) {
            Object current = claims.find(e.claimId).map(claim -> claim.history().get(0)).orElse(null);
            return Problem.response(409, "Conflict", e.getMessage(), uri.getPath(), errors, current);
        }
        return ErrorMappers.respond(uri, 409, "Conflict", e.getMessage(), errors);
    }
}
