package org.forecastledger.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.forecastledger.cluster.ClusterMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bus on the shared streams: events are delivered after their commit, numbered in order; a reconnect gets what
 * it missed; an event another instance appended arrives through the cluster channel's notice.
 */
@QuarkusTest
class ReviewEventBusTest {

    @Inject
    ReviewEventBus bus;

    @Inject
    Event<ClusterMessage> messages;

    @Inject
    EntityManager em;

    /** A session id of its own per test: the streams live in the shared test database. */
    private static long freshSession() {
        return 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    private static ReviewEvent event(long session, long version) {
        return new ReviewEvent(session, "vote", version, Map.of("version", version, "note", "<b>n" + version + "</b>"));
    }

    private void write(ReviewEvent... events) {
        QuarkusTransaction.requiringNew().run(() -> List.of(events).forEach(bus::append));
    }

    /** Writes event 1 of a stream as another instance would: the rows only, no notice on this instance. */
    private void firstRowWithoutNotice(String stream, String payload) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into cluster_stream (name, last_seq) values (?1, 1)")
                    .setParameter(1, stream).executeUpdate();
            em.createNativeQuery("insert into cluster_event (stream, seq, payload, created_at) "
                    + "values (?1, 1, ?2, current_timestamp)").setParameter(1, stream).setParameter(2, payload)
                    .executeUpdate();
        });
    }

    /** Polls for up to 5 s; fails naming the condition it waited for. */
    private static void waitFor(String condition, BooleanSupplier holds) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!holds.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 5 s waiting until " + condition);
            }
            Thread.sleep(25);
        }
    }

    private static List<Long> versions(List<ReviewEventBus.Posted> seen) {
        return seen.stream().map(posted -> posted.event().version()).toList();
    }

    @Test
    void committedEventsArriveInOrderNumberedOneTwoThreeAndARollbackSendsNothing() throws InterruptedException {
        long session = freshSession();
        List<ReviewEventBus.Posted> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(session, null, seen::add);
        write(event(session, 1), event(session, 2));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            bus.append(event(session, 99));
            throw new IllegalStateException("the write fails");
        })).hasMessage("the write fails");
        write(event(session, 3));
        waitFor("three events arrive", () -> seen.size() >= 3);
        Thread.sleep(200);
        assertThat(versions(seen)).containsExactly(1L, 2L, 3L);
        assertThat(seen).extracting(ReviewEventBus.Posted::id).containsExactly("1", "2", "3");
        assertThat(seen.get(0).event().data()).containsEntry("note", "<b>n1</b>");
        assertThat(seen.get(0).postedAt()).isPositive();
    }

    @Test
    void aReconnectGetsExactlyWhatItMissedAndAnUnknownIdGetsAResync() throws InterruptedException {
        long session = freshSession();
        List<ReviewEventBus.Posted> first = new CopyOnWriteArrayList<>();
        ReviewEventBus.Subscription subscription = bus.subscribe(session, null, first::add);
        write(event(session, 1));
        waitFor("the first event arrives", () -> first.size() == 1);
        subscription.close();
        write(event(session, 2), event(session, 3));

        List<ReviewEventBus.Posted> again = new CopyOnWriteArrayList<>();
        bus.subscribe(session, first.get(0).id(), again::add);
        assertThat(versions(again)).containsExactly(2L, 3L);
        write(event(session, 4));
        waitFor("the reconnected subscriber has three events", () -> again.size() == 3);
        assertThat(versions(again)).containsExactly(2L, 3L, 4L);
        assertThat(first).hasSize(1);

        for (String unknown : List.of("9999", "old-epoch-3", "-1")) {
            List<ReviewEventBus.Posted> stranger = new CopyOnWriteArrayList<>();
            bus.subscribe(session, unknown, stranger::add);
            assertThat(stranger).as(unknown).extracting(posted -> posted.event().type()).containsExactly("resync");
        }
        List<ReviewEventBus.Posted> fromStart = new CopyOnWriteArrayList<>();
        bus.subscribe(session, "0", fromStart::add);
        assertThat(versions(fromStart)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void anEventAnotherInstanceAppendedArrivesWhenItsNoticeComes() throws InterruptedException {
        long session = freshSession();
        List<ReviewEventBus.Posted> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(session, null, seen::add);
        // the other instance's write: the rows only, without a notice on this instance
        String stream = ReviewEventBus.stream(session);
        firstRowWithoutNotice(stream, "{\"event\":{\"sessionId\":" + session + ",\"type\":\"joined\",\"version\":1,"
                + "\"data\":{\"version\":1,\"username\":\"elsewhere\"}},\"at\":1700000000000}");
        Thread.sleep(200);
        assertThat(seen).isEmpty();
        messages.fire(new ClusterMessage("stream", "1 " + stream, "another-instance"));
        waitFor("the other instance's event arrives", () -> !seen.isEmpty());
        messages.fire(new ClusterMessage("stream", "1 " + stream, "another-instance"));
        Thread.sleep(200);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).event().type()).isEqualTo("joined");
        assertThat(seen.get(0).event().data()).containsEntry("username", "elsewhere");
        assertThat(seen.get(0).postedAt()).isEqualTo(1_700_000_000_000L);
    }

    @Test
    void anUnreadableRowIsSkippedAndTheNextOneStillArrives() throws InterruptedException {
        long session = freshSession();
        List<ReviewEventBus.Posted> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(session, null, seen::add);
        String stream = ReviewEventBus.stream(session);
        firstRowWithoutNotice(stream, "not json");
        write(event(session, 2));
        waitFor("the event after the unreadable row arrives", () -> !seen.isEmpty());
        assertThat(seen).extracting(ReviewEventBus.Posted::id).containsExactly("2");
        List<ReviewEventBus.Posted> replayed = new CopyOnWriteArrayList<>();
        bus.subscribe(session, "0", replayed::add);
        assertThat(replayed).extracting(ReviewEventBus.Posted::id).containsExactly("2");
    }
}
