package org.forecastledger.export;

import org.forecastledger.verdict.DecisionSource;
import org.forecastledger.verdict.VerdictStatus;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of the ledger's change feed: a revision of a claim's verdict, with the status it replaced. */
public record VerdictChange(String claimId, String statement, int number, VerdictStatus from, VerdictStatus to,
        LocalDate asOf, String rationale, String decidedBy, DecisionSource decidedByKind, Instant decidedAt) {

    /** "HELD → FAILED", "first verdict: PENDING", or "PENDING, new reasoning". */
    public String change() {
        if (from == null) {
            return "first verdict: " + to.label;
        }
        return from == to ? to.label + " (unchanged; new reasoning or evidence)" : from.label + " → " + to.label;
    }

    public String who() {
        return decidedByKind == DecisionSource.SEED ? "the seed files" : decidedBy;
    }
}
