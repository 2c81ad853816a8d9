package org.forecastledger;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.util.Map;

/**
 * The one rule for a test that cannot run here: it is reported SKIPPED with its reason, never PASSED; and under
 * {@code CI=true}, where CI's set-up should have made it runnable, it fails instead.
 * CI runs the suite on H2, then again on PostgreSQL ({@code -Dquarkus.test.profile=test,postgres}) with
 * {@code LEDGER_TEST_POSTGRES_URL} set: a PostgreSQL-only test may skip on the H2 pass, but only if that second
 * pass is coming.
 */
public final class SkipUnlessCi {

    static final String POSTGRES_URL = "LEDGER_TEST_POSTGRES_URL";

    private SkipUnlessCi() {
    }

    /** Goes on when {@code runnable}; otherwise skips naming {@code missing}, or fails on CI. */
    public static void require(boolean runnable, String missing) {
        require(runnable, missing, System.getenv());
    }

    /** Goes on on PostgreSQL; on H2 skips, unless CI runs this pass on PostgreSQL or has no PostgreSQL pass. */
    public static void requirePostgres(boolean onPostgres, String test) {
        requirePostgres(onPostgres, test, System.getenv(), System.getProperty("quarkus.test.profile", ""));
    }

    static void require(boolean runnable, String missing, Map<String, String> environment) {
        if (runnable) {
            return;
        }
        if (onCi(environment)) {
            Assertions.fail("CI=true, yet " + missing + ": CI's set-up should have provided it");
        }
        Assumptions.abort("Skipped: " + missing + " (on CI, with CI=true, this fails instead)");
    }

    static void requirePostgres(boolean onPostgres, String test, Map<String, String> environment, String profile) {
        if (onPostgres) {
            return;
        }
        if (onCi(environment) && profile.contains("postgres")) {
            Assertions.fail("CI=true and the profile is " + profile + ", yet " + test + " found no PostgreSQL");
        }
        String url = environment.get(POSTGRES_URL);
        require(!onCi(environment) || (url != null && !url.isBlank()),
                POSTGRES_URL + " is not set, so no PostgreSQL pass will run " + test, environment);
        Assumptions.abort("Skipped on H2: " + test + " is PostgreSQL only and runs in the PostgreSQL pass "
                + "(-Dquarkus.test.profile=test,postgres)");
    }

    private static boolean onCi(Map<String, String> environment) {
        return "true".equalsIgnoreCase(environment.get("CI"));
    }
}
