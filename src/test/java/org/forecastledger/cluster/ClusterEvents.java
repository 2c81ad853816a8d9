package org.forecastledger.cluster;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Singleton;
import org.forecastledger.ledger.LedgerCommitted;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the cluster package fires, for tests to wait on. */
@Singleton
public class ClusterEvents {

    final List<ClusterMessage> messages = new CopyOnWriteArrayList<>();
    final List<LedgerCommitted> ledgerChanges = new CopyOnWriteArrayList<>();
    final List<StreamAppended> appended = new CopyOnWriteArrayList<>();

    void onMessage(@Observes ClusterMessage message) {
        messages.add(message);
    }

    void onLedgerChanged(@Observes LedgerCommitted changed) {
        ledgerChanges.add(changed);
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) StreamAppended event) {
        appended.add(event);
    }

    void clear() {
        messages.clear();
        ledgerChanges.clear();
        appended.clear();
    }
}
