package org.forecastledger.document;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.document.DocumentRenderer.Block;
import org.forecastledger.document.DocumentRenderer.Mark;
import org.forecastledger.ledger.LedgerCommitted;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads documents with their claim counts, and one document's page. */
@ApplicationScoped
public class DocumentService {

    static final String LIST = "document-list";

    @Inject
    @CacheName(LIST)
    Cache cache;

    @Inject
    DocumentClaims claims;

    /** Every document with its claim count; only a change that is not a verdict alters them, so the list is cached. */
    @Transactional
    @CacheResult(cacheName = LIST)
    public List<DocumentView> list() {
        Map<String, Long> counts = claims.countsByDocument();
        return Document.listInOrder().stream()
                .map(document -> DocumentView.of(document, counts.getOrDefault(document.id, 0L), false))
                .toList();
    }

    /** A seed import, an upload, a restore or a change on another instance may add documents; a verdict never does. */
    void onLedgerCommitted(@Observes LedgerCommitted committed) {
        if (committed.claimId() == null) {
            cache.invalidateAll().await().indefinitely();
        }
    }

    @Transactional
    public Optional<DocumentView> find(String id) {
        return Document.<Document>findByIdOptional(id)
                .map(document -> DocumentView.of(document, claims.count(id), true));
    }

    /** The block of a document around one passage, the passage marked: what a claim's page quotes. */
    @Transactional
    public Optional<Block> passage(String id, Mark mark) {
        return Document.<Document>findByIdOptional(id).map(document -> DocumentRenderer.blockAt(
                DocumentRenderer.render(document.body, List.of(mark)), mark.start()));
    }

    /** The document's page; {@code accepted} is kept only when it names one of the document's claims. */
    @Transactional
    public Optional<DocumentPage> page(String id, String accepted) {
        return find(id).map(document -> {
            List<Mark> marks = claims.marks(id);
            String shown = accepted != null && marks.stream().anyMatch(mark -> mark.claimId().equals(accepted))
                    ? accepted : null;
            return new DocumentPage(document, DocumentRenderer.render(document.text(), marks), marks.size(), shown);
        });
    }
}
