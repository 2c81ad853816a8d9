package org.forecastledger.cluster;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import jakarta.annotation.Priority;

import java.util.Locale;

/**
 * Runs the test suite on PostgreSQL unchanged: when the tests are built for PostgreSQL
 * ({@code -Dquarkus.test.profile=test,postgres}), every in-memory H2 database a test profile asks for
 * ({@code jdbc:h2:mem:NAME;…}) becomes a schema NAME of the PostgreSQL test database, and Flyway cleans each schema
 * when the application starts on it, as a fresh in-memory database would be. On H2 it changes nothing.
 */
@Priority(6000)
public class PostgresTestDatabases implements ConfigSourceInterceptor {

    private static final String URL = "quarkus.datasource.jdbc.url";
    private static final String H2_MEMORY = "jdbc:h2:mem:";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!name.equals(URL) && !name.equals("quarkus.flyway.schemas") && !name.equals("quarkus.flyway.clean-at-start")) {
            return value;
        }
        ConfigValue kind = context.proceed("quarkus.datasource.db-kind");
        if (kind == null || !"postgresql".equals(kind.getValue())) {
            return value;
        }
        if (name.equals("quarkus.flyway.clean-at-start")) {
            return ConfigValue.builder().withName(name).withValue("true").build();
        }
        ConfigValue url = context.proceed(URL);
        String schema = url == null ? null : schemaOf(url.getValue());
        if (schema == null) {
            return value;
        }
        String pgUrl = name.equals(URL) ? withSchema(postgresUrl(context), schema) : schema;
        return ConfigValue.builder().withName(name).withValue(pgUrl).build();
    }

    /** The schema standing in for an in-memory H2 database, or null for any other address. */
    static String schemaOf(String url) {
        if (url == null || !url.startsWith(H2_MEMORY)) {
            return null;
        }
        String database = url.substring(H2_MEMORY.length()).split(";", 2)[0];
        return "test_" + database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    private static String postgresUrl(ConfigSourceInterceptorContext context) {
        String fromEnvironment = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (fromEnvironment != null && fromEnvironment.startsWith("jdbc:postgresql:")) {
            return fromEnvironment;
        }
        ConfigValue configured = context.proceed("%postgres." + URL);
        return configured == null ? "jdbc:postgresql://localhost:5432/ledger" : configured.getValue();
    }

    private static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
