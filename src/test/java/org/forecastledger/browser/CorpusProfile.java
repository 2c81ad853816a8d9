package org.forecastledger.browser;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The real corpus in seeds/, in a database of its own, for what a person sees. */
public class CorpusProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ledger.seeds-dir", "seeds",
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:corpus;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
