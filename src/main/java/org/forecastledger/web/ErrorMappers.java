package org.forecastledger.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Every error as the caller can read it: {@code application/problem+json} under /api, an HTML page elsewhere.
 * Bad input is a 4xx with the reason; only a real fault is a 500, and it is logged.
 */
public class ErrorMappers {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return respond(uri, 404, "Not Found", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        return respond(uri, 400, "Bad Request", "The request has invalid input: " + e.getMessage(), e.errors);
    }

    /** JSON of the wrong shape: a list where an object belongs, text where a number belongs. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response wrongShape(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce("", (path, part) -> path.isEmpty() || part.startsWith("[") ? path + part : path + "." + part);
        String where = field.isEmpty() ? "body" : field;
        return respond(uri, 400, "Bad Request", "The request body does not have the expected shape at '" + where
                + "'", List.of(new Problem.FieldError(where, "has the wrong type")));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(uri, 400, "Bad Request", malformedJsonDetail(e), List.of());
    }

    private static String malformedJsonDetail(JsonProcessingException e) {
        String location = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return "The request body is not valid JSON for this operation" + location + ": " + e.getOriginalMessage();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof MismatchedInputException shape) {
            return wrongShape(shape, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(uri, 400, "Bad Request", malformedJsonDetail(json), List.of());
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + uri.getPath();
            case 405 -> "This address does not accept that method";
            case 406 -> "This address cannot answer in the media type asked for";
            case 415 -> "This address does not accept that content type";
            default -> e.getMessage();
        };
        return respond(uri, status, title, detail, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (StorageGuard.isStorageFailure(e)) {
            Log.errorf("Storage failure serving %s %s: %s", uri.getPath(), e.getClass().getSimpleName(), e.getMessage());
            return StorageGuard.full(uri);
        }
        Log.errorf(e, "Unexpected failure serving %s", uri.getPath());
        return respond(uri, 500, "Internal Server Error", "Something went wrong on our side; it has been logged.",
                List.of());
    }

    /** A problem+json answer under /api, an HTML error page elsewhere. */
    public static Response respond(UriInfo uri, int status, String title, String detail,
            List<Problem.FieldError> errors) {
        if (uri.getPath().startsWith("/api")) {
            return Problem.response(status, title, detail, uri.getPath(), errors, null);
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail))
                .build();
    }
}
