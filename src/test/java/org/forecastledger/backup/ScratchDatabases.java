package org.forecastledger.backup;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Empty databases migrated by the application's own Flyway scripts, beside the application's: a fresh in-memory H2
 * database, or a fresh schema of the PostgreSQL test database when one is configured
 * (LEDGER_TEST_POSTGRES_URL, or the QUARKUS_DATASOURCE_* variables of the PostgreSQL run).
 */
final class ScratchDatabases {

    private static final String MIGRATIONS = "filesystem:src/main/resources/db/migration";

    record Scratch(String url, String user, String password) {
        Connection open() throws SQLException {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            return connection;
        }
    }

    private ScratchDatabases() {
    }

    static Scratch h2() {
        String url = "jdbc:h2:mem:scratch-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations(MIGRATIONS).load().migrate();
        return new Scratch(url, "sa", "");
    }

    /** A fresh schema {@code name} in the PostgreSQL test database, or empty when none is configured. */
    static Optional<Scratch> postgres(String name) {
        String url = System.getenv("LEDGER_TEST_POSTGRES_URL");
        String user = null;
        String password = null;
        if (url == null || url.isBlank()) {
            url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
            user = System.getenv("QUARKUS_DATASOURCE_USERNAME");
            password = System.getenv("QUARKUS_DATASOURCE_PASSWORD");
        }
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
        Flyway flyway = Flyway.configure().dataSource(scoped, user, password).schemas(name).locations(MIGRATIONS)
                .cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        return Optional.of(new Scratch(scoped, user, password));
    }
}
