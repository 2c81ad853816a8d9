package org.forecastledger.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.forecastledger.web.PublicAddress;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.claim.ClaimView;
import org.forecastledger.document.DocumentService;
import org.forecastledger.document.DocumentView;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the linked-data views of claims with absolute links: from the configured public address, else from the
 * address the request came to.
 */
@ApplicationScoped
public class LinkedDataService {

    @Inject
    ClaimService claims;

    @Inject
    DocumentService documents;

    @Inject
    PublicAddress address;

    public Optional<Map<String, Object>> claimReview(String claimId, URI requestBase) {
        return one(claimId, requestBase, LinkedData::claimReview);
    }

    public Optional<Map<String, Object>> annotation(String claimId, URI requestBase) {
        return one(claimId, requestBase, LinkedData::annotation);
    }

    /** Every current claim as a ClaimReview, in one JSON-LD graph. */
    public Map<String, Object> claimReviews(URI requestBase) {
        URI base = address.base(requestBase);
        Map<String, DocumentView> byId = documents.list().stream()
                .collect(Collectors.toMap(DocumentView::id, Function.identity()));
        List<Map<String, Object>> reviews = claims.list(ClaimFilter.NONE).stream()
                .map(claim -> LinkedData.claimReview(claim, byId.get(claim.documentId()), base))
                .toList();
        return LinkedData.graph(reviews, "https://schema.org");
    }

    private Optional<Map<String, Object>> one(String claimId, URI requestBase, Builder build) {
        return claims.find(claimId).map(claim -> build.apply(claim,
                documents.find(claim.documentId()).orElseThrow(), address.base(requestBase)));
    }

    @FunctionalInterface
    private interface Builder {
        Map<String, Object> apply(ClaimView claim, DocumentView document, URI base);
    }
}
