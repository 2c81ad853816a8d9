package org.forecastledger.cluster;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * Listens on the cluster channel over a connection of its own (outside the pool), in one background thread, and
 * fires each message from another instance as a {@link ClusterMessage}. A lost connection is reopened with a growing
 * pause; after every reconnection {@link ClusterReconnected} tells subscribers that they may have missed messages.
 */
@ApplicationScoped
public class ClusterListener {

    /** How the listener's connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "forecast-ledger cluster listener";
    private static final int POLL_MILLIS = 500;
    private static final long PING_EVERY_MILLIS = 15_000;

    @Inject
    ClusterChannel channel;

    @Inject
    Event<ClusterMessage> messages;

    @Inject
    Event<ClusterReconnected> reconnected;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    void onStart(@Observes @Priority(10) StartupEvent start) {
        if (!channel.shared()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "cluster-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** True while the listener holds a live LISTEN connection. */
    public boolean listening() {
        return listening;
    }

    private void run() {
        long pause = 250;
        boolean first = true;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, properties())) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + ClusterChannel.CHANNEL);
                }
                listening = true;
                pause = 250;
                if (!first) {
                    Log.info("Cluster channel reconnected; caches and event streams re-read the database");
                    reconnected.fire(new ClusterReconnected());
                }
                first = false;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                first = false;
                Log.warnf("Cluster channel lost (%s); reconnecting in %d ms", e.getMessage(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(pause * 2, 10_000);
            }
        }
        listening = false;
    }

    private Properties properties() {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        return properties;
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastPing = System.currentTimeMillis();
        while (running) {
            PGNotification[] received = pg.getNotifications(POLL_MILLIS);
            if (received != null) {
                for (PGNotification notification : received) {
                    deliver(notification.getParameter());
                }
            }
            if (System.currentTimeMillis() - lastPing > PING_EVERY_MILLIS) {
                try (Statement ping = connection.createStatement()) {
                    ping.execute("select 1");
                }
                lastPing = System.currentTimeMillis();
            }
        }
    }

    private void deliver(String text) {
        ClusterChannel.Envelope envelope = channel.read(text);
        if (envelope == null || envelope.origin().equals(channel.instanceId())) {
            return;
        }
        try {
            messages.fire(new ClusterMessage(envelope.topic(), envelope.payload(), envelope.origin()));
        } catch (RuntimeException e) {
            Log.errorf(e, "A subscriber failed on cluster message topic '%s'", envelope.topic());
        }
    }
}
