package org.forecastledger.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A source document whose predictions the ledger tracks, with its full text. */
@Entity
public class Document extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "file_name")
    public String fileName;

    public String title;

    /** The comparison column this document belongs to (2020, 2021 or 2024). */
    @Column(name = "year_column")
    public int year;

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    public String author;

    public String outlet;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "dating_note")
    public String datingNote;

    public String sha256;

    /** The full text; loaded only when read, so that lists of documents do not carry every text. */
    @Basic(fetch = FetchType.LAZY)
    public String body;

    /** Who uploaded the document through the app; null for documents of the seed files. */
    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    public boolean isUploaded() {
        return uploadedBy != null;
    }

    public static List<Document> listInOrder() {
        return list("order by year, publishedOn, id");
    }
}
