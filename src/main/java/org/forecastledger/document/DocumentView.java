package org.forecastledger.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * A document as the API and the pages list it; {@code text} only on the single-document view, {@code uploadedBy}
 * only on documents uploaded through the app.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(String id, String title, int year, DocumentKind kind, String kindLabel, String author,
        String outlet, LocalDate publishedOn, String datingNote, String file, String sha256, long claimCount,
        String text, String uploadedBy) {

    static DocumentView of(Document document, long claimCount, boolean withText) {
        return new DocumentView(document.id, document.title, document.year, document.kind, document.kind.label,
                document.author, document.outlet, document.publishedOn, document.datingNote, document.fileName,
                document.sha256, claimCount, withText ? document.body : null, document.uploadedBy);
    }
}
