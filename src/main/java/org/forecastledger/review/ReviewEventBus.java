package org.forecastledger.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The in-process event bus of the review sessions: per session an ordered log of posted events (ids
 * {@code <epoch>-<n>}), handed to every subscriber in that order, so that a reconnect with Last-Event-ID gets what
 * it missed. The log follows the session's version: writes commit in version order (they lock the session row) but
 * may hand their events over in another, so an event that comes early waits for the versions before it (at most
 * {@link #GAP_WAIT}). {@link #publish} is the only way in: committed events of this process arrive through publishOnCommit;
 * a PostgreSQL LISTEN/NOTIFY fan-out between several processes would call it in the same way (NOTIFY delivers in
 * commit order).
 */
@ApplicationScoped
public class ReviewEventBus {

    /** Events kept per session for reconnects; older ones are answered with a resync. */
    static final int KEPT = 5000;
    /** How long an event waits for an earlier version before it is published regardless. */
    static final Duration GAP_WAIT = Duration.ofSeconds(2);

    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "review-event-bus");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * An event with the id it was posted under and when (epoch milliseconds); a null id is the bus's own "reload the
     * state" message.
     */
    public record Posted(String id, ReviewEvent event, long postedAt) {
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
        /** Events that arrived before an earlier version: commits happen in version order, their hand-over may not. */
        private final TreeMap<Long, ReviewEvent> early = new TreeMap<>();
        private long sequence;
        private long nextVersion = -1;
        private long waitingSince;

        synchronized void append(ReviewEvent event) {
            if (nextVersion < 0 || event.version() < nextVersion) {
                post(event);
                nextVersion = Math.max(nextVersion, event.version() + 1);
            } else {
                early.put(event.version(), event);
                if (waitingSince == 0) {
                    waitingSince = System.nanoTime();
                    flusher.schedule(this::flushLate, GAP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            while (!early.isEmpty() && early.firstKey() == nextVersion) {
                post(early.pollFirstEntry().getValue());
                nextVersion++;
            }
            if (early.isEmpty()) {
                waitingSince = 0;
            }
        }

        /** A version that never came (its writer died between commit and hand-over): the later ones go out anyway. */
        private synchronized void flushLate() {
            if (waitingSince != 0 && System.nanoTime() - waitingSince >= GAP_WAIT.toNanos() - 1_000_000) {
                while (!early.isEmpty()) {
                    Map.Entry<Long, ReviewEvent> first = early.pollFirstEntry();
                    post(first.getValue());
                    nextVersion = first.getKey() + 1;
                }
                waitingSince = 0;
            }
        }

        private void post(ReviewEvent event) {
            Posted posted = new Posted(epoch + "-" + (++sequence), event, System.currentTimeMillis());
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
                    listener.accept(new Posted(null, new ReviewEvent(0, "resync", 0, Map.of()), System.currentTimeMillis()));
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
