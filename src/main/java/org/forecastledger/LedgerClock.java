package org.forecastledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one source of time: the {@link Clock} the application injects (UTC, real) and the day it calls "today", which
 * {@code ledger.clock.today} may fix (the tests do) while instants such as a verdict's decidedAt stay real.
 */
@ApplicationScoped
public class LedgerClock {

    private final Clock clock = Clock.systemUTC();

    @Inject
    LedgerConfig config;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** Today in UTC, or the configured day. */
    public LocalDate today() {
        return config.clock().today().orElseGet(() -> LocalDate.now(clock));
    }
}
