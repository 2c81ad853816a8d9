package org.forecastledger.seed;

import org.forecastledger.claim.Theme;
import org.forecastledger.document.Document;
import org.forecastledger.seedformat.SeedSet.DocumentSeed;
import org.forecastledger.seedformat.SeedSet.ThemeSeed;

import java.util.List;
import java.util.Objects;

/** The import's first step: the themes and documents of the seeds, upserted by id; an unchanged row is not touched. */
final class CatalogImport {

    private CatalogImport() {
    }

    static void themes(List<ThemeSeed> seeds) {
        for (ThemeSeed seed : seeds) {
            Theme theme = Theme.findById(seed.id());
            boolean isNew = theme == null;
            if (isNew) {
                theme = new Theme();
                theme.id = seed.id();
            }
            theme.title = seed.title();
            theme.description = seed.description();
            theme.position = seed.position();
            if (isNew) {
                theme.persist();
            }
        }
    }

    /** Upserts the documents; returns how many were new or changed. */
    static int documents(List<DocumentSeed> seeds) {
        int written = 0;
        for (DocumentSeed seed : seeds) {
            Document document = Document.findById(seed.id());
            boolean isNew = document == null;
            if (isNew) {
                document = new Document();
                document.id = seed.id();
            }
            if (document.isUploaded()) {
                // the seed files now hold this uploaded document: from here on they own it
                document.uploadedBy = null;
                document.uploadedAt = null;
            }
            if (changed(seed, document)) {
                copy(seed, document);
                written++;
            }
            if (isNew) {
                document.persist();
            }
        }
        return written;
    }

    private static boolean changed(DocumentSeed seed, Document document) {
        return !Objects.equals(document.sha256, seed.sha256())
                || !Objects.equals(document.title, seed.title()) || document.year != seed.year()
                || document.kind != seed.kind() || !Objects.equals(document.author, seed.author())
                || !Objects.equals(document.outlet, seed.outlet())
                || !Objects.equals(document.publishedOn, seed.publishedOn())
                || !Objects.equals(document.datingNote, seed.datingNote())
                || !Objects.equals(document.fileName, seed.fileName());
    }

    private static void copy(DocumentSeed seed, Document document) {
        document.fileName = seed.fileName();
        document.title = seed.title();
        document.year = seed.year();
        document.kind = seed.kind();
        document.author = seed.author();
        document.outlet = seed.outlet();
        document.publishedOn = seed.publishedOn();
        document.datingNote = seed.datingNote();
        document.sha256 = seed.sha256();
        document.body = seed.text();
    }
}
