package org.forecastledger.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.forecastledger.ledger.LedgerCommitted;
import org.forecastledger.ledger.LedgerRelay;
import org.junit.jupiter.api.BeforeEach;
import org.forecastledger.SkipUnlessCi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Messages between instances on PostgreSQL, with this instance playing both parts: another instance is simulated by
 * writing to the database directly and sending NOTIFY with a foreign origin, as a second process would.
 * On H2 there is no second instance and the channel does nothing, which the last test checks.
 */
@QuarkusTest
class ClusterChannelTest {

    private static final String CLAIM = "alpha-treaty-extended";

    @Inject
    ClusterChannel channel;

    @Inject
    ClusterListener listener;

    @Inject
    ClusterEvents events;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void listening() {
        if (channel.shared()) {
            waitFor(listener::listening, "the listener connects");
        }
        events.clear();
    }

    @Test
    void aVerdictWrittenByAnotherInstanceShowsOnThisInstancesDashboardAtOnce() throws SQLException {
        SkipUnlessCi.requirePostgres(channel.shared(),
                "ClusterChannelTest.aVerdictWrittenByAnotherInstanceShowsOnThisInstancesDashboardAtOnce");
        given().get("/").then().statusCode(200).body(not(containsString("(edited elsewhere)")));
        String etag = given().get("/api/claims").then().statusCode(200).extract().header("ETag");
        try {
            sql("update claim set statement = statement || ' (edited elsewhere)' where id = ?", CLAIM);
            // the dashboard is cached: without a message this instance still shows what it rendered
            given().get("/").then().statusCode(200).body(not(containsString("(edited elsewhere)")));
            notifyAs("another-instance", LedgerRelay.TOPIC, "");
            waitFor(() -> given().get("/").asString().contains("(edited elsewhere)"), "the dashboard shows the change");
            assertThat(given().get("/api/claims").header("ETag")).isNotEqualTo(etag);
            assertThat(events.ledgerChanges).extracting(LedgerCommitted::origin).contains("another-instance");
        } finally {
            sql("update claim set statement = replace(statement, ' (edited elsewhere)', '') where id = ?", CLAIM);
            notifyAs("another-instance", LedgerRelay.TOPIC, "");
            waitFor(() -> !given().get("/").asString().contains("(edited elsewhere)"), "the dashboard is restored");
        }
    }

    @Test
    void anotherInstancesStreamEventReachesThisInstancesSubscribers() throws SQLException {
        SkipUnlessCi.requirePostgres(channel.shared(),
                "ClusterChannelTest.anotherInstancesStreamEventReachesThisInstancesSubscribers");
        notifyAs("another-instance", ClusterStreams.TOPIC, "7 session-42");
        notifyAs("another-instance", ClusterStreams.TOPIC, "not a number");
        waitFor(() -> events.appended.contains(new StreamAppended("session-42", 7)), "the event arrives");
        assertThat(events.appended).containsExactly(new StreamAppended("session-42", 7));
    }

    @Test
    void thisInstancesOwnMessagesAndForeignJunkAreNotDelivered() throws SQLException {
        SkipUnlessCi.requirePostgres(channel.shared(),
                "ClusterChannelTest.thisInstancesOwnMessagesAndForeignJunkAreNotDelivered");
        channel.publish("test-topic", "mine");
        notifyAs(null, "test-topic", "no origin");
        sql("select pg_notify('" + ClusterChannel.CHANNEL + "', ?)", "not json at all");
        notifyAs("another-instance", "test-topic", "theirs");
        waitFor(() -> !events.messages.isEmpty(), "the foreign message arrives");
        assertThat(events.messages).extracting(ClusterMessage::payload).containsExactly("theirs");
    }

    @Test
    void aLostListenerConnectionIsReopenedAndCachesAreDropped() throws SQLException {
        SkipUnlessCi.requirePostgres(channel.shared(),
                "ClusterChannelTest.aLostListenerConnectionIsReopenedAndCachesAreDropped");
        sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ? "
                + "and datname = current_database()",
                ClusterListener.APPLICATION_NAME);
        waitFor(() -> !events.ledgerChanges.isEmpty() && listener.listening(), "the listener reconnects");
        events.clear();
        notifyAs("another-instance", "test-topic", "after the reconnection");
        waitFor(() -> !events.messages.isEmpty(), "messages flow again");
    }

    @Test
    void onH2TheChannelIsQuiet() {
        Assumptions.assumeTrue(!channel.shared(),
                "Skipped on PostgreSQL: ClusterChannelTest.onH2TheChannelIsQuiet runs in the H2 pass");
        channel.publish("test-topic", "nobody listens");
        assertThat(listener.listening()).isFalse();
        assertThat(events.messages).isEmpty();
    }

    private void notifyAs(String origin, String topic, String payload) throws SQLException {
        String envelope = "{" + (origin == null ? "" : "\"origin\":\"" + origin + "\",") + "\"topic\":\"" + topic
                + "\",\"payload\":\"" + payload + "\"}";
        sql("select pg_notify('" + ClusterChannel.CHANNEL + "', ?)", envelope);
    }

    private void sql(String statement, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            prepared.setString(1, parameter);
            prepared.execute();
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
