package org.forecastledger.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** An RFC 9457 problem detail; {@code errors} names the offending fields of a validation failure. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** One offending field (a query parameter, a body property) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Response response(Response.Status status, String detail, String instance,
            List<FieldError> errors) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, instance, errors, null);
    }

    /** {@code current}, when given, is what the caller should see instead (e.g. the newer verdict on a 409). */
    public static Response response(int status, String title, String detail, String instance,
            List<FieldError> errors, Object current) {
        return Response.status(status)
                .type(MEDIA)
                .entity(new Problem("about:blank", title, status, detail, instance, errors, current))
                .build();
    }
}
