package org.forecastledger.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads documents with their claim counts. */
@ApplicationScoped
public class DocumentService {

    @Transactional
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

    @Transactional
    public Optional<DocumentView> find(String id) {
        return Document.<Document>findByIdOptional(id)
                .map(document -> DocumentView.of(document, Claim.count("document.id = ?1 and retired = false", id), true));
    }
}
