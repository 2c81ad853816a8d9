package org.forecastledger.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.forecastledger.verdict.VerdictChanged;

/**
 * Turns every change of the ledger into one {@link LedgerChanged} event on every instance: a verdict committed here
 * (announced to the others in the same transaction, so only on commit), a message from another instance, a
 * reconnection of the channel (messages may have been missed), or a bulk change such as a restore.
 */
@ApplicationScoped
public class LedgerChanges {

    static final String TOPIC = "ledger";
    static final int NAMED_PER_TRANSACTION = 100;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ClusterChannel channel;

    @Inject
    Event<LedgerChanged> changed;

    /**
     * Names the claim to the other instances (empty: anything may have changed). A transaction that changes many
     * claims (a seed load) names the first {@link #NAMED_PER_TRANSACTION} and then sends "anything", which PostgreSQL
     * delivers once however often it is sent.
     */
    void announceInTransaction(@Observes VerdictChanged verdict) {
        Integer named = (Integer) transactions.getResource(LedgerChanges.class);
        int count = named == null ? 0 : named;
        transactions.putResource(LedgerChanges.class, count + 1);
        boolean name = verdict.claimId() != null && count < NAMED_PER_TRANSACTION;
        channel.publish(TOPIC, name ? verdict.claimId() : "");
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
