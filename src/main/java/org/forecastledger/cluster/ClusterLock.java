package org.forecastledger.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A named lock over every instance sharing the database, held until the caller's transaction ends: a row of
 * {@code cluster_lock} locked FOR UPDATE (the same on H2 and PostgreSQL). Start-up work that several instances
 * starting together would otherwise do twice (seed loading, the first facilitator) runs under it one at a time.
 */
@ApplicationScoped
public class ClusterLock {

    /** The lock of start-up writes. */
    public static final String STARTUP = "startup";

    @Inject
    EntityManager em;

    /** Waits for the lock and holds it until the current transaction commits or rolls back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(String name) {
        em.createNativeQuery("insert into cluster_lock (name) values (?1) on conflict do nothing")
                .setParameter(1, name).executeUpdate();
        em.createNativeQuery("select name from cluster_lock where name = ?1 for update")
                .setParameter(1, name).getResultList();
    }
}
