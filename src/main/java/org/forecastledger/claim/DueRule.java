package org.forecastledger.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.forecastledger.LedgerClock;
import org.forecastledger.LedgerConfig;
import org.forecastledger.verdict.VerdictStatus;

import java.time.LocalDate;

/**
 * Asks the {@link LedgerClock} for "today" and owns the due-age setting: which claims are due for review on a day (see
 * {@link ClaimFilter#due()}). Every reader of what is due asks here, so they all agree on the day.
 */
@ApplicationScoped
public class DueRule {

    /** The day a question about what is due is asked on, and the as-of date before which a verdict is stale. */
    public record Day(LocalDate today, LocalDate staleBefore) {

        /** Still PENDING past its horizon, or a verdict decided as of a day before {@code staleBefore}. */
        public boolean due(VerdictStatus status, LocalDate horizonUntil, LocalDate asOf) {
            return (status == VerdictStatus.PENDING && horizonUntil != null && horizonUntil.isBefore(today))
                    || (asOf != null && asOf.isBefore(staleBefore));
        }
    }

    @Inject
    LedgerConfig config;

    @Inject
    LedgerClock clock;

    public LocalDate today() {
        return clock.today();
    }

    /** Today and its stale-before date. */
    public Day day() {
        return on(today());
    }

    /** That day and its stale-before date: verdicts decided as of a day before it are due for another look. */
    public Day on(LocalDate today) {
        return new Day(today, today.minusDays(config.due().verdictAgeDays()));
    }
}
