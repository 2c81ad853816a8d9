package org.forecastledger.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.forecastledger.cluster.ClusterReconnected;
import org.forecastledger.cluster.ClusterStreams;
import org.forecastledger.cluster.StreamAppended;
import org.forecastledger.cluster.StreamEvent;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The event bus of the review sessions, shared by every application instance on one database. A write appends its
 * events to the session's stream ({@link ClusterStreams}, {@code review-session-<id>}) in its own transaction, so
 * they are numbered 1, 2, 3… in commit order with no gap; the number is the event's SSE id on every instance. After
 * a commit, here or on another instance ({@link StreamAppended}), each instance reads the rows after the last number
 * it delivered and hands them to its subscribers in order: nobody gets an event twice or out of order, and a
 * reconnect with Last-Event-ID (to either instance) gets exactly what it missed, read from the table.
 */
@ApplicationScoped
public class ReviewEventBus {

    static final String STREAM_PREFIX = "review-session-";
    private static final Logger LOG = Logger.getLogger(ReviewEventBus.class);

    /** Reads the streams after commits, one at a time, so that deliveries never overtake each other. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "review-event-bus");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * An event with its number in the session's stream (the SSE id) and when its write appended it (epoch
     * milliseconds); a null id is the bus's own "reload the state" message.
     */
    public record Posted(String id, ReviewEvent event, long postedAt) {
    }

    /** What a subscriber holds: closing it stops delivery. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** The stored form of an event: what it says and when it was appended. */
    public record Stored(ReviewEvent event, long at) {
    }

    private final Map<Long, SessionLog> logs = new ConcurrentHashMap<>();

    @Inject
    ClusterStreams streams;

    @Inject
    ObjectMapper json;

    /** Appends the event to its session's stream in the running transaction; it is delivered once that commits. */
    void append(ReviewEvent event) {
        try {
            streams.append(stream(event.sessionId()),
                    json.writeValueAsString(new Stored(event, System.currentTimeMillis())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A review event cannot be written as JSON", e);
        }
    }

    /**
     * Delivers the session's events to {@code listener}: first those after {@code lastEventId} (null: none), then
     * each new one. An id the stream does not have (not a number, or past its end: another database) gets a resync
     * first.
     */
    public Subscription subscribe(long sessionId, String lastEventId, Consumer<Posted> listener) {
        SessionLog log = logs.computeIfAbsent(sessionId, SessionLog::new);
        log.subscribe(lastEventId, listener);
        return () -> log.unsubscribe(listener);
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) StreamAppended appended) {
        if (!appended.stream().startsWith(STREAM_PREFIX)) {
            return;
        }
        SessionLog log;
        try {
            log = logs.get(Long.parseLong(appended.stream().substring(STREAM_PREFIX.length())));
        } catch (NumberFormatException e) {
            return;
        }
        if (log != null && log.behind(appended.seq())) {
            reader.execute(log::catchUp);
        }
    }

    /** Notifications may have been lost while the cluster listener was away: every log reads what it missed. */
    void onReconnected(@Observes ClusterReconnected reconnected) {
        logs.values().forEach(log -> reader.execute(log::catchUp));
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }

    static String stream(long sessionId) {
        return STREAM_PREFIX + sessionId;
    }

    /** The stored event as it is posted, or null (logged) when its row cannot be read: it is skipped, not a block. */
    private Posted readable(StreamEvent row) {
        try {
            Stored stored = json.readValue(row.payload(), Stored.class);
            return new Posted(Long.toString(row.seq()), stored.event(), stored.at());
        } catch (JsonProcessingException e) {
            LOG.warnf("Event %d of %s cannot be read and is skipped: %s", row.seq(), row.stream(), e.getOriginalMessage());
            return null;
        }
    }

    /** One session's subscribers on this instance and the last number they were handed. */
    private final class SessionLog {
        private final String stream;
        private final List<Consumer<Posted>> listeners = new ArrayList<>();
        private volatile long delivered;

        SessionLog(long sessionId) {
            stream = stream(sessionId);
            delivered = streams.last(stream);
        }

        boolean behind(long seq) {
            return seq > delivered;
        }

        /** Hands every committed event after the last delivered one to the subscribers, in order. */
        synchronized void catchUp() {
            List<StreamEvent> rows;
            try {
                rows = streams.read(stream, delivered);
            } catch (RuntimeException e) {
                // the next append or reconnect reads again from the last delivered number
                LOG.warnf("Reading the events of %s failed: %s", stream, e.getMessage());
                return;
            }
            for (StreamEvent row : rows) {
                delivered = row.seq();
                Posted posted = readable(row);
                if (posted == null) {
                    continue;
                }
                for (Consumer<Posted> listener : List.copyOf(listeners)) {
                    try {
                        listener.accept(posted);
                    } catch (RuntimeException e) {
                        // one listener's failure (a closed stream) is not the others'
                        LOG.debugf("A listener of %s refused event %d: %s", stream, row.seq(), e.getMessage());
                    }
                }
            }
        }

        synchronized void subscribe(String lastEventId, Consumer<Posted> listener) {
            catchUp();
            if (lastEventId != null && !lastEventId.isBlank()) {
                long after = continuesFrom(lastEventId.trim());
                if (after < 0) {
                    listener.accept(new Posted(null, new ReviewEvent(0, "resync", 0, Map.of()),
                            System.currentTimeMillis()));
                } else if (after < delivered) {
                    streams.read(stream, after).stream()
                            .filter(row -> row.seq() <= delivered)
                            .map(ReviewEventBus.this::readable)
                            .filter(java.util.Objects::nonNull)
                            .forEach(listener);
                }
            }
            listeners.add(listener);
        }

        synchronized void unsubscribe(Consumer<Posted> listener) {
            listeners.remove(listener);
        }

        /** The number to continue after, or -1 when the stream has no such event. */
        private long continuesFrom(String id) {
            if (!id.matches("\\d{1,18}")) {
                return -1;
            }
            long after = Long.parseLong(id);
            return after > delivered ? -1 : after;
        }
    }
}
