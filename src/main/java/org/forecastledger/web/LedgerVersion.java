package org.forecastledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.forecastledger.seed.SeedsImported;
import org.forecastledger.verdict.VerdictChanged;
import org.forecastledger.cluster.LedgerChanged;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A stamp that changes whenever the ledger does. Data changes at start (seed load), through new verdict revisions
 * and by a restore, here or on another instance ({@link LedgerChanged}), so the boot time plus a counter of those
 * changes identifies every state this instance has served: the basis of ETags.
 */
@ApplicationScoped
public class LedgerVersion {

    private final long boot = System.currentTimeMillis();
    private final AtomicLong changes = new AtomicLong();

    void onLedgerChanged(@Observes LedgerChanged changed) {
        changes.incrementAndGet();
    }

    void onSeedsImported(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeedsImported imported) {
        changes.incrementAndGet();
    }

    public String current() {
        return Long.toString(boot, 36) + "-" + changes.get();
    }
}
