package org.forecastledger.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The in-process event bus of the review sessions: per session an ordered log of posted events (ids
 * {@code <epoch>-<n>}), handed to every subscriber in that order, so that a reconnect with Last-Event-ID gets what
 * it missed. {@link #publish} is the only way in: committed events of this process arrive through publishOnCommit;
 * a PostgreSQL LISTEN/NOTIFY fan-out between several processes would call it in the same way (NOTIFY delivers in
 * commit order).
 */
@ApplicationScoped
public class ReviewEventBus {

    /** Events kept per session for reconnects; older ones are answered with a resync. */
    static final int KEPT = 5000;

    /** An event with the id it was posted under; a null id is the bus's own "reload the state" message. */
    public record Posted(String id, ReviewEvent event) {
    }

    /** What a subscriber holds: closing it stops delivery. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final String epoch = Long.toString(System.currentTimeMillis(), 36);
    private final Map<Long, SessionLog> logs = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Queues the event of the running transaction; the transaction's events are published in the order they were
     * fired, once it has committed (a rolled-back write publishes nothing).
     */
    @SuppressWarnings("unchecked")
    void publishOnCommit(ReviewEvent event) {
        List<ReviewEvent> queued = (List<ReviewEvent>) transactions.getResource(ReviewEventBus.class);
        if (queued == null) {
            List<ReviewEvent> batch = new ArrayList<>();
            transactions.putResource(ReviewEventBus.class, batch);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        batch.forEach(ReviewEventBus.this::publish);
                    }
                }
            });
            queued = batch;
        }
        queued.add(event);
    }

    public void publish(ReviewEvent event) {
        log(event.sessionId()).append(event);
    }

    /**
     * Delivers the session's events to {@code listener}: first those after {@code lastEventId} (null: none), then
     * each new one. An id this bus cannot continue from (another process lifetime, or too old) gets a resync first.
     */
    public Subscription subscribe(long sessionId, String lastEventId, Consumer<Posted> listener) {
        SessionLog log = log(sessionId);
        log.subscribe(lastEventId, listener);
        return () -> log.unsubscribe(listener);
    }

    private SessionLog log(long sessionId) {
        return logs.computeIfAbsent(sessionId, id -> new SessionLog());
    }

    private final class SessionLog {
        private final Deque<Posted> kept = new ArrayDeque<>();
        private final List<Consumer<Posted>> listeners = new ArrayList<>();
        private long sequence;

        synchronized void append(ReviewEvent event) {
            Posted posted = new Posted(epoch + "-" + (++sequence), event);
            kept.addLast(posted);
            if (kept.size() > KEPT) {
                kept.removeFirst();
            }
            listeners.forEach(listener -> listener.accept(posted));
        }

        synchronized void subscribe(String lastEventId, Consumer<Posted> listener) {
            if (lastEventId != null && !lastEventId.isBlank()) {
                long after = continuesFrom(lastEventId.trim());
                if (after < 0) {
                    listener.accept(new Posted(null, new ReviewEvent(0, "resync", 0, Map.of())));
                } else {
                    kept.stream().filter(posted -> number(posted.id()) > after).forEach(listener);
                }
            }
            listeners.add(listener);
        }

        synchronized void unsubscribe(Consumer<Posted> listener) {
            listeners.remove(listener);
        }

        /** The sequence number to continue after, or -1 when the id cannot be continued from. */
        private long continuesFrom(String id) {
            int dash = id.indexOf('-');
            if (dash < 0 || !id.substring(0, dash).equals(epoch)) {
                return -1;
            }
            long after;
            try {
                after = Long.parseLong(id.substring(dash + 1));
            } catch (NumberFormatException e) {
                return -1;
            }
            long oldest = kept.isEmpty() ? sequence + 1 : number(kept.getFirst().id());
            return after > sequence || after < oldest - 1 ? -1 : after;
        }

        private long number(String id) {
            return Long.parseLong(id.substring(id.indexOf('-') + 1));
        }
    }
}
