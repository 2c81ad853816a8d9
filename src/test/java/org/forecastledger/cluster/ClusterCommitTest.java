package org.forecastledger.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.forecastledger.SkipUnlessCi;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On PostgreSQL, what another instance hears, listened to here on a connection of the test's own: a message
 * published in a transaction arrives only once it commits, never after a rollback; and the session key every
 * instance seals cookies with is the one kept in the database.
 */
@QuarkusTest
class ClusterCommitTest {

    @Inject
    ClusterChannel channel;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SharedSecrets secrets;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void aMessageOfATransactionTravelsOnlyWhenItCommits() throws Exception {
        SkipUnlessCi.requirePostgres(channel.shared(),
                "ClusterCommitTest.aMessageOfATransactionTravelsOnlyWhenItCommits");
        try (Connection other = DriverManager.getConnection(url, username.orElse(null), password.orElse(""))) {
            try (Statement listen = other.createStatement()) {
                listen.execute("LISTEN " + ClusterChannel.CHANNEL);
            }
            PGConnection pg = other.unwrap(PGConnection.class);
            QuarkusTransaction.requiringNew().run(() -> {
                channel.publish("commit-test", "kept");
                try {
                    assertThat(payloadsWithin(pg, 300)).as("before the commit").isEmpty();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(firstPayload(pg, 5000)).as("after the commit").contains("\"kept\"");
            assertThat(payloadsWithin(pg, 300)).as("a second message after the commit").isEmpty();
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                channel.publish("commit-test", "rolled back");
                throw new IllegalStateException("the writer fails");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(payloadsWithin(pg, 500)).as("after a rollback").isEmpty();
        }
    }

    @Test
    void theGeneratedSessionKeyIsKeptInTheDatabaseForEveryInstance() throws SQLException {
        SkipUnlessCi.requirePostgres(channel.shared(),
                "ClusterCommitTest.theGeneratedSessionKeyIsKeptInTheDatabaseForEveryInstance");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet stored = sql.executeQuery("select secret from app_secret where name = 'session-key'")) {
            assertThat(stored.next()).isTrue();
            assertThat(secrets.getOrCreate("session-key")).isEqualTo(stored.getString(1));
        }
    }

    /** The commit-test payloads that arrive in the whole window (other notifications do not end it early). */
    private static List<String> payloadsWithin(PGConnection pg, long millis) throws SQLException {
        List<String> received = new ArrayList<>();
        long deadline = System.nanoTime() + millis * 1_000_000;
        for (long left = millis; left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
            collect(pg.getNotifications((int) left), received);
        }
        return received;
    }

    /** Waits for the first commit-test payload, skipping the channel's other traffic; fails naming what it awaited. */
    private static String firstPayload(PGConnection pg, long millis) throws SQLException {
        List<String> received = new ArrayList<>();
        long deadline = System.nanoTime() + millis * 1_000_000;
        for (long left = millis; received.isEmpty(); left = (deadline - System.nanoTime()) / 1_000_000) {
            if (left <= 0) {
                throw new AssertionError("No 'commit-test' notification arrived within " + millis
                        + " ms of the commit");
            }
            collect(pg.getNotifications((int) left), received);
        }
        return received.get(0);
    }

    private static void collect(PGNotification[] notifications, List<String> received) {
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                if (notification.getParameter().contains("commit-test")) {
                    received.add(notification.getParameter());
                }
            }
        }
    }
}
