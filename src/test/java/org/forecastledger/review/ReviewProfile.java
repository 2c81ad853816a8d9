package org.forecastledger.review;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The fixture in a database of its own: review tests record verdicts, which other tests must not see. */
public class ReviewProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:review;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
