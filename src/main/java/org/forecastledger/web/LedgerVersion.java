package org.forecastledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.forecastledger.seed.SeedsImported;
import org.forecastledger.verdict.VerdictChanged;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A stamp that changes whenever the ledger does. Data changes only at start (seed load) and through new verdict
 * revisions, so the boot time plus a counter of committed verdicts identifies every state: the basis of ETags.
 */
@ApplicationScoped
public class LedgerVersion {

    private final long boot = System.currentTimeMillis();
    private final AtomicLong changes = new AtomicLong();

    void onVerdictChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) VerdictChanged changed) {
        changes.incrementAndGet();
    }

    void onSeedsImported(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeedsImported imported) {
        changes.incrementAndGet();
    }

    public String current() {
        return Long.toString(boot, 36) + "-" + changes.get();
    }
}
