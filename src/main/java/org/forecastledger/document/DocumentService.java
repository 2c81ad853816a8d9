package org.forecastledger.document;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;
import org.forecastledger.seed.SeedsImported;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads documents with their claim counts. */
@ApplicationScoped
public class DocumentService {

    static final String LIST = "document-list";

    /** Every document with its claim count; only a seed import changes them, so the list is cached. */
    @Transactional
    @CacheResult(cacheName = LIST)
    public List<DocumentView> list() {
        Map<String, Long> counts = new HashMap<>();
        Claim.getEntityManager()
                .createQuery("select c.document.id, count(c) from Claim c where c.retired = false group by c.document.id", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return Document.listInOrder().stream()
                .map(document -> DocumentView.of(document, counts.getOrDefault(document.id, 0L), false))
                .toList();
    }

    @CacheInvalidateAll(cacheName = LIST)
    void onSeedsImported(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeedsImported imported) {
        // the annotation empties the cache once the import is committed
    }

    @Transactional
    public Optional<DocumentView> find(String id) {
        return Document.<Document>findByIdOptional(id)
                .map(document -> DocumentView.of(document, Claim.count("document.id = ?1 and retired = false", id), true));
    }
}
