package org.forecastledger.verdict;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Turns on the API's verdict write path, which is off by default until reviewer accounts exist. */
public class VerdictWritesEnabled implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ledger.verdict-writes-enabled", "true");
    }
}
