package org.forecastledger.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assumeTrue(channel.shared(), "PostgreSQL only");
        try (Connection other = DriverManager.getConnection(url, username.orElse(null), password.orElse(""))) {
            try (Statement listen = other.createStatement()) {
                listen.execute("LISTEN " + ClusterChannel.CHANNEL);
            }
            PGConnection pg = other.unwrap(PGConnection.class);
            QuarkusTransaction.requiringNew().run(() -> {
                channel.publish("commit-test", "kept");
                try {
                    assertThat(payloads(pg, 300)).as("before the commit").isEmpty();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(payloads(pg, 2000)).as("after the commit").hasSize(1).allMatch(text -> text.contains("\"kept\""));
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                channel.publish("commit-test", "rolled back");
                throw new IllegalStateException("the writer fails");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(payloads(pg, 500)).as("after a rollback").isEmpty();
        }
    }

    @Test
    void theGeneratedSessionKeyIsKeptInTheDatabaseForEveryInstance() throws SQLException {
        assumeTrue(channel.shared(), "PostgreSQL only: on H2 it is data/session.key");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet stored = sql.executeQuery("select secret from app_secret where name = 'session-key'")) {
            assertThat(stored.next()).isTrue();
            assertThat(secrets.getOrCreate("session-key")).isEqualTo(stored.getString(1));
        }
    }

    private static List<String> payloads(PGConnection pg, int waitMillis) throws SQLException {
        List<String> received = new ArrayList<>();
        PGNotification[] notifications = pg.getNotifications(waitMillis);
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                if (notification.getParameter().contains("commit-test")) {
                    received.add(notification.getParameter());
                }
            }
        }
        return received;
    }
}
