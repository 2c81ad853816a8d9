package org.forecastledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.forecastledger.cluster.ClusterChannel;
import org.forecastledger.cluster.ClusterMessage;
import org.forecastledger.cluster.ClusterReconnected;
import org.forecastledger.web.LedgerVersion;

/**
 * Relays every write of the ledger ({@link LedgerWrite}) to every instance as one {@link LedgerCommitted} event: a
 * write committed here (announced to the others in the same transaction, so only on commit), a message from another
 * instance, a reconnection of the channel (messages may have been missed), or a bulk change such as a restore. Each
 * one also moves the ledger version that ETags are made from.
 */
@ApplicationScoped
public class LedgerRelay {

    public static final String TOPIC = "ledger";
    static final int NAMED_PER_TRANSACTION = 100;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ClusterChannel channel;

    @Inject
    Event<LedgerCommitted> committed;

    @Inject
    LedgerVersion version;

    /**
     * Names the claim to the other instances (empty: anything may have changed). A transaction that changes many
     * claims (a seed load) names the first {@link #NAMED_PER_TRANSACTION} and then sends "anything", which PostgreSQL
     * delivers once however often it is sent.
     */
    void announceInTransaction(@Observes LedgerWrite write) {
        Integer named = (Integer) transactions.getResource(LedgerRelay.class);
        int count = named == null ? 0 : named;
        transactions.putResource(LedgerRelay.class, count + 1);
        boolean name = write.claimId() != null && count < NAMED_PER_TRANSACTION;
        channel.publish(TOPIC, name ? write.claimId() : "");
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) LedgerWrite write) {
        fire(new LedgerCommitted(channel.instanceId(), write.claimId()));
    }

    void onMessage(@Observes ClusterMessage message) {
        if (TOPIC.equals(message.topic())) {
            String claimId = message.payload();
            fire(new LedgerCommitted(message.origin(), claimId == null || claimId.isEmpty() ? null : claimId));
        }
    }

    void onReconnected(@Observes ClusterReconnected reconnected) {
        fire(new LedgerCommitted(channel.instanceId()));
    }

    /** After a committed bulk change (seed load, restore): every instance drops what it derived. */
    public void announce() {
        channel.publish(TOPIC, "");
        fire(new LedgerCommitted(channel.instanceId()));
    }

    private void fire(LedgerCommitted change) {
        version.moved();
        committed.fire(change);
    }
}
