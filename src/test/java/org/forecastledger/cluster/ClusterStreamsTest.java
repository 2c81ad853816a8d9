package org.forecastledger.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ordered streams: gap-free numbers in commit order, even when writers race; nothing of a rolled-back write. */
@QuarkusTest
class ClusterStreamsTest {

    @Inject
    ClusterStreams streams;

    @Inject
    ClusterChannel channel;

    @Inject
    ClusterEvents events;

    @Test
    void eventsAreNumberedInOrderAndReadAfterAGivenNumber() {
        String stream = "session-" + UUID.randomUUID();
        events.clear();
        for (String payload : List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}")) {
            QuarkusTransaction.requiringNew().run(() -> streams.append(stream, payload));
        }
        assertThat(streams.read(stream, 0)).extracting(StreamEvent::seq).containsExactly(1L, 2L, 3L);
        assertThat(streams.read(stream, 1)).extracting(StreamEvent::payload).containsExactly("{\"n\":2}", "{\"n\":3}");
        assertThat(streams.last(stream)).isEqualTo(3);
        assertThat(streams.last("no-such-stream")).isZero();
        assertThat(events.appended).filteredOn(event -> event.stream().equals(stream))
                .extracting(StreamAppended::seq).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aRolledBackAppendLeavesNoEventAndNoGap() {
        String stream = "session-" + UUID.randomUUID();
        events.clear();
        QuarkusTransaction.requiringNew().run(() -> streams.append(stream, "kept"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            streams.append(stream, "lost");
            throw new IllegalStateException("the writer fails");
        })).isInstanceOf(IllegalStateException.class);
        QuarkusTransaction.requiringNew().run(() -> streams.append(stream, "next"));
        assertThat(streams.read(stream, 0)).extracting(StreamEvent::payload).containsExactly("kept", "next");
        assertThat(streams.read(stream, 0)).extracting(StreamEvent::seq).containsExactly(1L, 2L);
        assertThat(events.appended).filteredOn(event -> event.stream().equals(stream)).hasSize(2);
    }

    @Test
    void racingWritersGetDistinctConsecutiveNumbers() throws Exception {
        String stream = "session-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> appended = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String payload = "event " + i;
                appended.add(pool.submit(() -> QuarkusTransaction.requiringNew()
                        .call(() -> streams.append(stream, payload))));
            }
            List<Long> numbers = new ArrayList<>();
            for (Future<Long> future : appended) {
                numbers.add(future.get());
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 24).boxed().toList());
        } finally {
            pool.shutdown();
        }
        assertThat(streams.read(stream, 0)).extracting(StreamEvent::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 24).boxed().toList());
    }

    @Test
    void appendingNeedsTheWritersTransactionAndMessagesStaySmall() {
        assertThatThrownBy(() -> streams.append("session-x", "outside a transaction"))
                .hasMessageContaining("Transaction is required");
        assertThatThrownBy(() -> channel.publish("topic", "x".repeat(ClusterChannel.MAX_PAYLOAD_BYTES + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("publish its id");
    }
}
