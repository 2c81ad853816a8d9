package org.forecastledger;

/** An in-memory H2 database of a test profile's own, so that a test that changes verdicts leaves the shared one alone. */
public final class OwnDatabase {

    private OwnDatabase() {
    }

    public static String url(String name) {
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }
}
