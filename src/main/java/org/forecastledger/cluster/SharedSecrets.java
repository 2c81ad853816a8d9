package org.forecastledger.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

/**
 * Secrets generated once and kept in the database ({@code app_secret}), so that every instance sharing it uses the
 * same one. The first instance to ask writes a random value; any that race it keep the one that won
 * ({@code insert … on conflict do nothing}, then read).
 */
@ApplicationScoped
public class SharedSecrets {

    @Inject
    EntityManager em;

    /** The secret called {@code name}, generated (32 random bytes, base64) if there is none yet. */
    public String getOrCreate(String name) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String candidate = Base64.getEncoder().encodeToString(random);
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into app_secret (name, secret, created_at) values (?1, ?2, ?3) "
                    + "on conflict do nothing").setParameter(1, name).setParameter(2, candidate)
                    .setParameter(3, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate();
            List<?> stored = em.createNativeQuery("select secret from app_secret where name = ?1")
                    .setParameter(1, name).getResultList();
            return (String) stored.get(0);
        });
    }
}
