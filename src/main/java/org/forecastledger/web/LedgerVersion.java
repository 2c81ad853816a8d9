package org.forecastledger.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A stamp that changes whenever the ledger does. Data changes at start (seed load), through new verdict revisions
 * and by a restore, here or on another instance (the ledger's relay calls {@link #moved()} for each), so the boot
 * time plus a counter of those changes identifies every state this instance has served: the basis of ETags.
 */
@ApplicationScoped
public class LedgerVersion {

    private final long boot = System.currentTimeMillis();
    private final AtomicLong changes = new AtomicLong();

    /** Called by the ledger's relay for every committed change, here or on another instance. */
    public void moved() {
        changes.incrementAndGet();
    }

    public String current() {
        return Long.toString(boot, 36) + "-" + changes.get();
    }
}
