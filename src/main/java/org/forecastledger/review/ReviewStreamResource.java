package org.forecastledger.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.forecastledger.account.Role;
import org.forecastledger.web.NotFoundProblem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.io.UncheckedIOException;

/**
 * A session's live events as Server-Sent Events, from the {@link ReviewEventBus}: a reconnect with Last-Event-ID
 * gets what it missed; a comment line every 15 seconds keeps proxies from closing an idle stream.
 */
@Path("/api/sessions/{id}/events")
@Tag(name = "Review sessions")
@RolesAllowed(Role.VIEWER_NAME)
public class ReviewStreamResource {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** Events waiting for a slow client before its stream fails (it reconnects with Last-Event-ID). */
    static final int CLIENT_BUFFER = 10_000;

    @Inject
    ReviewEventBus bus;

    @Inject
    ObjectMapper json;

    /** Event data as JSON with {@code < > & '} written as unicode escapes: user text never reads as markup. */
    static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafe() {
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "The session's events (SSE): vote (the count only), revealed (votes and spread), decided, "
            + "skipped, advanced, joined, closed; each data is JSON with the session's version and 'at', when it was "
            + "posted (epoch ms)")
    public Multi<OutboundSseEvent> events(@PathParam("id") String id,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        long sessionId = SessionIds.parse(id);
        if (ReviewSession.findById(sessionId) == null) {
            throw new NotFoundProblem("review session", id);
        }
        Multi<OutboundSseEvent> events = Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            ReviewEventBus.Subscription subscription = bus.subscribe(sessionId, lastEventId,
                    posted -> emitter.emit(toSse(sse, posted)));
            emitter.onTermination(subscription::close);
        }, BackPressureStrategy.BUFFER)
                // subscribing reads the session's stream from the database: never on the I/O thread
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onOverflow().buffer(CLIENT_BUFFER);
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().startingAfter(Duration.ofMillis(10))
                .every(HEARTBEAT).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(events, heartbeats);
    }

    /** The event's data and {@code at}, when the bus posted it (epoch ms), for measuring delivery. */
    private static Map<String, Object> withTime(ReviewEventBus.Posted posted) {
        Map<String, Object> data = new LinkedHashMap<>(posted.event().data());
        data.put("at", posted.postedAt());
        return data;
    }

    private OutboundSseEvent toSse(Sse sse, ReviewEventBus.Posted posted) {
        try {
            OutboundSseEvent.Builder builder = sse.newEventBuilder()
                    .name(posted.event().type())
                    .data(String.class, json.writer().with(new HtmlSafe()).writeValueAsString(withTime(posted)));
            if (posted.id() != null) {
                builder.id(posted.id());
            }
            return builder.build();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
