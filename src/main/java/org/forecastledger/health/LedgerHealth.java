package org.forecastledger.health;

import java.time.LocalDate;
import java.util.List;

/** The health report of the ledger on one day: the open findings, the explained ones, and the rules checked. */
public record LedgerHealth(LocalDate checkedOn, int claimsChecked, List<Finding> open, List<Finding> explained,
        List<RuleView> rules) {

    /** A rule as the report lists it, with how many open and explained findings it produced. */
    public record RuleView(String id, String title, String description, String exceptionsGoOn, long open,
            long explained) {
    }

    public boolean healthy() {
        return open.isEmpty();
    }
}
