package org.forecastledger.claim;

import io.quarkus.panache.common.Sort;

/** The orders the claims table and API offer; each ends on the claim's place in its document, so it is stable. */
public enum ClaimSort {
    DOCUMENT(Sort.by("document.year").and("document.publishedOn").and("document.id").and("position")),
    ID(Sort.by("id")),
    YEAR(Sort.by("document.year").and("theme.position").and("document.id").and("position")),
    THEME(Sort.by("theme.position").and("document.year").and("document.id").and("position")),
    STATUS(Sort.by("status").and("document.year").and("document.id").and("position")),
    ATTRIBUTION(Sort.by("attributedTo").and("document.year").and("document.id").and("position"));

    public final Sort sort;

    ClaimSort(Sort sort) {
        this.sort = sort;
    }

    public String param() {
        return name().toLowerCase();
    }
}
