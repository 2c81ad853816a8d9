package org.forecastledger.export;

import org.forecastledger.claim.ClaimView;
import org.forecastledger.document.DocumentView;
import org.forecastledger.verdict.VerdictStatus;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claims in the shared vocabularies: schema.org ClaimReview (for fact-check aggregators) and W3C Web Annotations
 * (each quote anchored in its document by a TextQuoteSelector and a TextPositionSelector).
 */
public final class LinkedData {

    public static final String JSON_LD = "application/ld+json";
    private static final int CONTEXT_CHARS = 32;

    private LinkedData() {
    }

    /** A schema.org ClaimReview; pending and unresolvable verdicts carry a rating name but no rating value. */
    public static Map<String, Object> claimReview(ClaimView claim, DocumentView document, URI base) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("@id", base.resolve("claims/" + claim.id()).toString());
        review.put("url", base.resolve("claims/" + claim.id()).toString());
        review.put("claimReviewed", claim.statement());
        review.put("datePublished", String.valueOf(claim.asOf()));
        review.put("author", Map.of("@type", "Organization", "name", "Forecast Ledger"));
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        appearance.put("url", base.resolve("documents/" + document.id() + "#claim-" + claim.id()).toString());
        appearance.put("headline", document.title());
        appearance.put("publisher", Map.of("@type", "Organization", "name", document.outlet()));
        appearance.put("datePublished", String.valueOf(document.publishedOn()));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        item.put("author", Map.of("@type", "Person", "name", claim.attributedTo()));
        item.put("datePublished", String.valueOf(document.publishedOn()));
        item.put("firstAppearance", appearance);
        item.put("text", claim.quote());
        review.put("itemReviewed", item);
        review.put("reviewRating", rating(claim));
        return review;
    }

    private static Map<String, Object> rating(ClaimView claim) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        VerdictStatus status = claim.status();
        Integer value = status == null ? null : switch (status) {
            case HELD -> 5;
            case PARTIAL -> 3;
            case FAILED -> 1;
            case PENDING, UNRESOLVABLE -> null;
        };
        if (value != null) {
            rating.put("ratingValue", value);
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
        }
        rating.put("alternateName", status == null ? "No verdict" : status.label);
        if (claim.rationale() != null) {
            rating.put("ratingExplanation", claim.rationale());
        }
        return rating;
    }

    public static Map<String, Object> graph(List<Map<String, Object>> nodes, String context) {
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("@context", context);
        graph.put("@graph", nodes.stream().map(node -> {
            Map<String, Object> copy = new LinkedHashMap<>(node);
            copy.remove("@context");
            return copy;
        }).toList());
        return graph;
    }

    /**
     * A W3C Web Annotation of the claim's quote. Positions count Unicode code points, as the Web Annotation model
     * asks; prefix and suffix give up to 32 characters of context on each side.
     */
    public static Map<String, Object> annotation(ClaimView claim, DocumentView document, URI base) {
        String text = document.text();
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", claim.quote());
        quote.put("prefix", text.substring(Math.max(0, claim.start() - CONTEXT_CHARS), claim.start()));
        quote.put("suffix", text.substring(claim.end(), Math.min(text.length(), claim.end() + CONTEXT_CHARS)));
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", text.codePointCount(0, claim.start()));
        position.put("end", text.codePointCount(0, claim.end()));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", base.resolve("api/documents/" + document.id()).toString());
        target.put("selector", List.of(quote, position));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TextualBody");
        body.put("purpose", "assessing");
        body.put("format", "text/plain");
        body.put("value", claim.statement() + " — " + (claim.status() == null ? "no verdict" : claim.status().label));
        Map<String, Object> annotation = new LinkedHashMap<>();
        annotation.put("@context", "http://www.w3.org/ns/anno.jsonld");
        annotation.put("id", base.resolve("api/claims/" + claim.id() + "/annotation").toString());
        annotation.put("type", "Annotation");
        annotation.put("motivation", "assessing");
        annotation.put("body", body);
        annotation.put("target", target);
        return annotation;
    }
}
