package org.forecastledger.document;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.forecastledger.cluster.LedgerChanged;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimIndex;

import java.time.LocalDate;
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
        index.count(ClaimFilter.NONE, LocalDate.MIN, LocalDate.MIN)
                .forEach(count -> counts.merge(count.document(), count.count(), Long::sum));
        return Document.listInOrder().stream()
                .map(document -> DocumentView.of(document, counts.getOrDefault(document.id, 0L), false))
                .toList();
    }

    @Inject
    @CacheName(LIST)
    Cache cache;

    @Inject
    ClaimIndex index;

    @CacheInvalidateAll(cacheName = LIST)
    void onSeedsImported(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeedsImported imported) {
        // the annotation empties the cache once the import is committed
    }

    /** An upload, a restore or a change on another instance may add documents; a verdict never does. */
    void onLedgerChanged(@Observes LedgerChanged changed) {
        if (changed.claimId() == null) {
            cache.invalidateAll().await().indefinitely();
        }
    }

    @Transactional
    public Optional<DocumentView> find(String id) {
        return Document.<Document>findByIdOptional(id)
                .map(document -> DocumentView.of(document, Claim.count("document.id = ?1 and retired = false", id), true));
    }
}
