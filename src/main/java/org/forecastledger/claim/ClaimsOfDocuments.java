package org.forecastledger.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.forecastledger.document.DocumentClaims;
import org.forecastledger.document.DocumentRenderer.Mark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tells the document pages how many claims each document has, and where they sit in its text. */
@ApplicationScoped
public class ClaimsOfDocuments implements DocumentClaims {

    @Inject
    ClaimIndex index;

    @Override
    public Map<String, Long> countsByDocument() {
        Map<String, Long> counts = new HashMap<>();
        index.count(index.select(ClaimFilter.NONE))
                .forEach(count -> counts.merge(count.document(), count.count(), Long::sum));
        return counts;
    }

    @Override
    public long count(String documentId) {
        return Claim.count("document.id = ?1 and retired = false", documentId);
    }

    @Override
    public List<Mark> marks(String documentId) {
        List<Claim> claims = Claim.list("document.id = ?1 and retired = false order by quoteStart", documentId);
        return claims.stream()
                .map(claim -> new Mark(claim.id, claim.quoteStart, claim.quoteEnd, claim.statement, claim.status))
                .toList();
    }
}
