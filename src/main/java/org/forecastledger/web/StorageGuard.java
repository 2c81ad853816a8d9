package org.forecastledger.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.forecastledger.LedgerConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A full disk must not cost data or reads: writes are refused with 503 while the data folder's disk has less
 * free space than {@code ledger.min-free-disk-mb} (before the database can fail half-way through a write), and a
 * write that fails for lack of space anyway is answered with the same 503. GETs are never refused.
 */
public class StorageGuard {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** Logging in and out writes nothing to the database. */
    private static final Set<String> NO_STORAGE = Set.of("/login", "/logout");
    /** H2's error codes for failed file input/output and a database closed after such a failure. */
    private static final Set<Integer> H2_STORAGE_ERRORS = Set.of(90028, 90031, 90098, 90121);

    @Inject
    LedgerConfig config;

    @ServerRequestFilter
    public Optional<Response> refuseWritesWhenFull(ContainerRequestContext request, UriInfo uri) {
        if (READS.contains(request.getMethod()) || NO_STORAGE.contains(uri.getPath())) {
            return Optional.empty();
        }
        long free = usableBytes(config.dataDir());
        return free < config.minFreeDiskMb() * 1024L * 1024L ? Optional.of(full(uri)) : Optional.empty();
    }

    /** The answer to a write the server cannot store: 503, problem+json under /api, with Retry-After. */
    public static Response full(UriInfo uri) {
        Response response = ErrorMappers.respond(uri, 503, "Service Unavailable", "The server's disk is full, so "
                + "nothing can be recorded until space is freed; nothing was changed. Reading goes on; try again "
                + "later.", List.of());
        return Response.fromResponse(response).header("Retry-After", "60").build();
    }

    /** Whether a failure comes from storage running out (a full disk, or the database closing after one). */
    public static boolean isStorageFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("No space left") || message.contains("Disk quota exceeded")) {
                return true;
            }
            if (cause instanceof SQLException sql && H2_STORAGE_ERRORS.contains(sql.getErrorCode())) {
                return true;
            }
            if (cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")
                    && (message.startsWith("Writing to") || message.contains("is closed"))) {
                return true;
            }
        }
        return false;
    }

    private static long usableBytes(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
