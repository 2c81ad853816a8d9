package org.forecastledger.ingest;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The seed fixture in a database of its own: uploads add documents, columns and claims the shared fixture lacks. */
public class IngestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:ingest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
