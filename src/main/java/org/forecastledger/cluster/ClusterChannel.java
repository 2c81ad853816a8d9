package org.forecastledger.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Publish/subscribe between the application instances that share one PostgreSQL database, through NOTIFY on one
 * channel. {@link #publish} inside a transaction is delivered when (and only if) it commits, identical messages of
 * one transaction once; outside a transaction at once. Other instances receive it as a {@link ClusterMessage} CDI
 * event; this instance does not (its own code already knows). On H2 there is only one instance and it does nothing.
 */
@ApplicationScoped
public class ClusterChannel {

    /** The PostgreSQL channel every instance listens on. */
    static final String CHANNEL = "forecast_ledger";

    /** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; the envelope needs a little room. */
    public static final int MAX_PAYLOAD_BYTES = 7800;

    private final String instanceId = UUID.randomUUID().toString();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    /** An envelope on the wire: who sent it, the topic, the payload. */
    record Envelope(String origin, String topic, String payload) {
    }

    /** True when several instances may share the database (PostgreSQL), so messages travel. */
    public boolean shared() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** This instance's id, the {@link ClusterMessage#origin} of what it publishes. */
    public String instanceId() {
        return instanceId;
    }

    /**
     * Sends {@code payload} on {@code topic} to the other instances; in the caller's transaction if there is one.
     *
     * @throws IllegalArgumentException when the payload is longer than {@link #MAX_PAYLOAD_BYTES}: publish an id
     *         and keep the content in a table instead (see {@link ClusterStreams})
     */
    public void publish(String topic, String payload) {
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("A cluster message carries at most " + MAX_PAYLOAD_BYTES
                    + " bytes; store the content and publish its id");
        }
        if (!shared()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, json.writeValueAsString(new Envelope(instanceId, topic, payload)));
            notify.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot publish on the cluster channel: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads an envelope received by the listener; null when it is not one of ours. */
    Envelope read(String text) {
        try {
            Envelope envelope = json.readValue(text, Envelope.class);
            return envelope.origin() == null || envelope.topic() == null ? null : envelope;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
