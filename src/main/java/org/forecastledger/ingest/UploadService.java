package org.forecastledger.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.LedgerConfig;
import org.forecastledger.Sha256;
import org.forecastledger.document.Document;
import org.forecastledger.ingest.ForecastDetector.Detection;
import org.forecastledger.claim.Theme;
import org.forecastledger.ledger.LedgerWrite;
import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.Problem.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores an uploaded document and the forecasts the detector suggests in it. Checks everything before writing:
 * metadata, file (present, text, UTF-8, within the size limit) and that the same text is not held already.
 */
@ApplicationScoped
public class UploadService {

    /** The file as received: its bytes (null when none was sent), name and declared type. */
    public record UploadedFile(byte[] bytes, String fileName, String contentType) {
    }

    @Inject
    LedgerConfig config;

    @Inject
    Event<LedgerWrite> changed;

    /** Stores the document and its suggestions; returns the new document's id. */
    @Transactional
    public String upload(UploadRequest request, UploadedFile file, String user) {
        List<FieldError> errors = new ArrayList<>(request.problems());
        String text = null;
        if (file == null || file.bytes() == null) {
            errors.add(new FieldError("file", "is required: plain text, Markdown or HTML"));
        } else if (file.bytes().length > config.ingest().maxUploadBytes()) {
            throw new IngestRefusal(413, "File too large", "file", "the file has " + file.bytes().length
                    + " bytes; the limit is " + config.ingest().maxUploadBytes() + " bytes (2 MB)");
        } else {
            try {
                text = TextExtractor.extract(file.bytes(), file.fileName(), file.contentType());
            } catch (InvalidInputException e) {
                errors.addAll(e.errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String sha256 = Sha256.hex(text);
        Document held = Document.find("sha256", sha256).firstResult();
        if (held != null) {
            throw new IngestRefusal(409, "Document already held", "file", "this text is already held as document '"
                    + held.id + "' (same SHA-256 " + sha256 + ")");
        }
        UploadRequest.Metadata metadata = request.metadata();
        Document document = new Document();
        document.id = freshId(metadata.title(), metadata.year());
        document.fileName = document.id + ".txt";
        document.title = metadata.title();
        document.year = metadata.year();
        document.kind = metadata.kind();
        document.author = metadata.author();
        document.outlet = metadata.outlet();
        document.publishedOn = metadata.publishedOn();
        document.datingNote = "Uploaded by " + user + " on " + LocalDate.now(ZoneOffset.UTC)
                + "; the publication date is as the uploader gave it.";
        document.sha256 = sha256;
        document.body = text;
        document.uploadedBy = user;
        document.uploadedAt = Instant.now();
        document.persist();
        suggest(document);
        changed.fire(LedgerWrite.anything());
        return document.id;
    }

    /** Runs the detector over the document and stores what it finds, except spans already suggested. */
    void suggest(Document document) {
        List<Guesses.ThemeWords> themes = Theme.listInOrder().stream()
                .map(theme -> new Guesses.ThemeWords(theme.id, theme.title, theme.description)).toList();
        if (themes.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>();
        Suggestion.ofDocument(document.id).forEach(s -> known.add(s.quoteStart + ":" + s.quoteEnd));
        for (Detection detection : ForecastDetector.forDocument(themes, document.author, document.publishedOn)
                .detect(document.body)) {
            if (!known.add(detection.start() + ":" + detection.end())) {
                continue;
            }
            Suggestion suggestion = new Suggestion();
            suggestion.documentId = document.id;
            suggestion.quoteStart = detection.start();
            suggestion.quoteEnd = detection.end();
            suggestion.quote = detection.quote();
            suggestion.statement = detection.statement();
            suggestion.hedgeWords = detection.hedgeWords();
            suggestion.hedgeBand = detection.band();
            suggestion.attributedTo = clip(detection.attributedTo(), 300);
            suggestion.themeId = detection.themeId();
            suggestion.horizonLabel = detection.horizon().label();
            suggestion.horizonUntil = detection.horizon().until();
            suggestion.score = detection.score();
            suggestion.state = Suggestion.State.OPEN;
            suggestion.persist();
        }
    }

    /** A readable id from the title, unique among documents: "kremlin-sees-thaw-2026". */
    static String freshId(String title, int year) {
        String base = Slugs.of(title, 60);
        if (base.isEmpty()) {
            base = "document";
        }
        if (!base.endsWith(String.valueOf(year))) {
            base = base + "-" + year;
        }
        String id = base;
        for (int n = 2; Document.findById(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
