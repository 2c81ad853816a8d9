package org.forecastledger.review;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The bus on its own: version order, replay after Last-Event-ID, and a resync for an id it cannot continue. */
class ReviewEventBusTest {

    static ReviewEvent event(long version) {
        return new ReviewEvent(7, "vote", version, Map.of("version", version));
    }

    @Test
    void anEventThatComesEarlyWaitsForTheVersionsBeforeIt() {
        ReviewEventBus bus = new ReviewEventBus();
        List<ReviewEventBus.Posted> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(7, null, seen::add);
        bus.publish(event(1));
        bus.publish(event(3));
        bus.publish(event(4));
        assertThat(seen).extracting(posted -> posted.event().version()).containsExactly(1L);
        bus.publish(event(2));
        assertThat(seen).extracting(posted -> posted.event().version()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(seen).extracting(posted -> posted.id().substring(posted.id().indexOf('-') + 1))
                .containsExactly("1", "2", "3", "4");
    }

    @Test
    void aMissingVersionHoldsTheLaterOnesBackOnlyForAWhile() throws InterruptedException {
        ReviewEventBus bus = new ReviewEventBus();
        List<ReviewEventBus.Posted> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(7, null, seen::add);
        bus.publish(event(1));
        bus.publish(event(3));
        Thread.sleep(ReviewEventBus.GAP_WAIT.toMillis() + 500);
        assertThat(seen).extracting(posted -> posted.event().version()).containsExactly(1L, 3L);
    }

    @Test
    void aReconnectGetsWhatItMissedAndAStrangerGetsAResync() {
        ReviewEventBus bus = new ReviewEventBus();
        List<ReviewEventBus.Posted> first = new CopyOnWriteArrayList<>();
        ReviewEventBus.Subscription subscription = bus.subscribe(7, null, first::add);
        bus.publish(event(1));
        subscription.close();
        bus.publish(event(2));
        bus.publish(event(3));
        List<ReviewEventBus.Posted> again = new CopyOnWriteArrayList<>();
        bus.subscribe(7, first.get(0).id(), again::add);
        assertThat(again).extracting(posted -> posted.event().version()).containsExactly(2L, 3L);
        List<ReviewEventBus.Posted> stranger = new CopyOnWriteArrayList<>();
        bus.subscribe(7, "other-epoch-3", stranger::add);
        assertThat(stranger).extracting(posted -> posted.event().type()).containsExactly("resync");
        assertThat(first).hasSize(1);
    }
}
