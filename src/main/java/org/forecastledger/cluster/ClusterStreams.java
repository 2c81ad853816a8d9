package org.forecastledger.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Ordered event streams shared by every instance (review-session events): an event is a row of
 * {@code cluster_event} numbered 1, 2, 3… within its stream, the number taken under a row lock on the stream in
 * the writer's transaction, so numbers are gap-free and in commit order of the writers. Only the stream and number
 * travel on the cluster channel ({@link StreamAppended}); each instance then reads the rows after the last one it
 * holds, so every instance sees every event once and in the same order, even after missed notifications (after a
 * {@link ClusterReconnected}, a subscriber reads each stream it serves from the last number it holds).
 */
@ApplicationScoped
public class ClusterStreams {

    static final String TOPIC = "stream";

    @Inject
    EntityManager em;

    @Inject
    ClusterChannel channel;

    @Inject
    Event<StreamAppended> appended;

    /** Appends {@code payload} to {@code stream} in the caller's transaction and returns its sequence number. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(String stream, String payload) {
        em.createNativeQuery("insert into cluster_stream (name, last_seq) values (?1, 0) on conflict do nothing")
                .setParameter(1, stream).executeUpdate();
        Number last = (Number) em.createNativeQuery("select last_seq from cluster_stream where name = ?1 for update")
                .setParameter(1, stream).getSingleResult();
        long seq = last.longValue() + 1;
        em.createNativeQuery("update cluster_stream set last_seq = ?2 where name = ?1")
                .setParameter(1, stream).setParameter(2, seq).executeUpdate();
        em.createNativeQuery("insert into cluster_event (stream, seq, payload, created_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, stream).setParameter(2, seq).setParameter(3, payload)
                .setParameter(4, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate();
        channel.publish(TOPIC, seq + " " + stream);
        appended.fire(new StreamAppended(stream, seq));
        return seq;
    }

    /** The events of {@code stream} after {@code afterSeq}, in order, in a transaction of its own. */
    public List<StreamEvent> read(String stream, long afterSeq) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery(
                    "select seq, payload from cluster_event where stream = ?1 and seq > ?2 order by seq")
                    .setParameter(1, stream).setParameter(2, afterSeq).getResultList();
            return rows.stream().map(row -> (Object[]) row)
                    .map(row -> new StreamEvent(stream, ((Number) row[0]).longValue(), (String) row[1])).toList();
        });
    }

    /** The newest sequence number of {@code stream}, 0 when it has none. */
    public long last(String stream) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> found = em.createNativeQuery("select last_seq from cluster_stream where name = ?1")
                    .setParameter(1, stream).getResultList();
            return found.isEmpty() ? 0L : ((Number) found.get(0)).longValue();
        });
    }

    void onMessage(@Observes ClusterMessage message) {
        if (!TOPIC.equals(message.topic())) {
            return;
        }
        String[] parts = message.payload().split(" ", 2);
        if (parts.length == 2 && parts[0].matches("\\d{1,18}")) {
            appended.fire(new StreamAppended(parts[1], Long.parseLong(parts[0])));
        }
    }
}
