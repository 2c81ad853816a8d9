package org.forecastledger.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.forecastledger.verdict.VerdictChanged;

/**
 * Turns every change of the ledger into one {@link LedgerChanged} event on every instance: a verdict committed here
 * (announced to the others in the same transaction, so only on commit), a message from another instance, a
 * reconnection of the channel (messages may have been missed), or a bulk change such as a restore.
 */
@ApplicationScoped
public class LedgerChanges {

    static final String TOPIC = "ledger";

    @Inject
    ClusterChannel channel;

    @Inject
    Event<LedgerChanged> changed;

    void announceInTransaction(@Observes VerdictChanged verdict) {
        // the claim's id (empty: anything may have changed); identical notifications of one transaction go once
        channel.publish(TOPIC, verdict.claimId() == null ? "" : verdict.claimId());
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) VerdictChanged verdict) {
        changed.fire(new LedgerChanged(channel.instanceId(), verdict.claimId()));
    }

    void onMessage(@Observes ClusterMessage message) {
        if (TOPIC.equals(message.topic())) {
            String claimId = message.payload();
            changed.fire(new LedgerChanged(message.origin(), claimId == null || claimId.isEmpty() ? null : claimId));
        }
    }

    void onReconnected(@Observes ClusterReconnected reconnected) {
        changed.fire(new LedgerChanged(channel.instanceId()));
    }

    /** After a committed bulk change (seed load, restore): every instance drops what it derived. */
    public void announce() {
        channel.publish(TOPIC, "");
        changed.fire(new LedgerChanged(channel.instanceId()));
    }
}
