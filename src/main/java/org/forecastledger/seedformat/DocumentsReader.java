package org.forecastledger.seedformat;

import org.forecastledger.Sha256;
import org.forecastledger.document.DocumentKind;
import org.forecastledger.seedformat.SeedSet.DocumentSeed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads documents.yaml, each document's text file, and checks the text against its line in SHA256SUMS. */
final class DocumentsReader {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("id", "file", "title", "year", "kind", "author",
            "outlet", "publishedOn", "datingNote");

    private final SeedFolderReader folder;
    private final Map<String, String> checksums;

    private DocumentsReader(SeedFolderReader folder) {
        this.folder = folder;
        this.checksums = readChecksums();
    }

    static Map<String, DocumentSeed> read(SeedFolderReader folder) {
        Optional<YamlMapping> root = folder.parse(SeedFolderReader.DOCUMENTS);
        if (root.isEmpty()) {
            return new LinkedHashMap<>();
        }
        root.get().rejectUnknownFields(Set.of("documents"));
        return new DocumentsReader(folder).readAll(root.get());
    }

    private Map<String, DocumentSeed> readAll(YamlMapping root) {
        Map<String, DocumentSeed> documents = new LinkedHashMap<>();
        for (YamlMapping document : root.mappings("documents", true, "a document")) {
            String id = SeedFolderReader.slug(document, "id", 80);
            document.subject(id);
            document.rejectUnknownFields(DOCUMENT_FIELDS);
            String file = document.requiredText("file", 200);
            String title = document.requiredText("title", 300);
            Integer year = document.requiredInt("year", 1900, 2100);
            DocumentKind kind = document.requiredEnum("kind", DocumentKind.class);
            String author = document.requiredText("author", 200);
            String outlet = document.requiredText("outlet", 300);
            LocalDate publishedOn = document.requiredDate("publishedOn");
            String datingNote = document.requiredText("datingNote", 4000);
            String text = file == null ? null : readText(document, file);
            if (id != null && documents.containsKey(id)) {
                document.report("id", "duplicate document id");
                continue;
            }
            if (text == null || id == null || title == null || year == null || kind == null || author == null
                    || outlet == null || publishedOn == null || datingNote == null) {
                continue;
            }
            String sha256 = checkSum(document, file, text);
            documents.put(id, new DocumentSeed(id, file, title.trim(), year, kind, author.trim(), outlet.trim(),
                    publishedOn, datingNote.trim(), sha256, text));
        }
        return documents;
    }

    /** The text's SHA-256; a text missing from SHA256SUMS or not matching its line there is reported. */
    private String checkSum(YamlMapping document, String file, String text) {
        String sha256 = Sha256.hex(text);
        String expected = checksums.get(file);
        if (expected == null) {
            document.report("file", "'" + file + "' is not listed in " + SeedFolderReader.CHECKSUMS
                    + " (add its SHA-256 so that the text can be checked)");
        } else if (!expected.equalsIgnoreCase(sha256)) {
            document.report("file", "'" + file + "' does not match its SHA-256 in " + SeedFolderReader.CHECKSUMS
                    + " (expected " + expected + ", found " + sha256 + ")");
        }
        return sha256;
    }

    private String readText(YamlMapping document, String file) {
        Path dir = folder.dir();
        Path path = dir.resolve(file).normalize();
        if (!path.startsWith(dir.normalize()) || !Files.isRegularFile(path)) {
            document.report("file", "document file '" + file + "' not found in the seeds folder");
            return null;
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            document.report("file", "cannot read '" + file + "' as UTF-8 text: " + e.getMessage());
            return null;
        }
    }

    private Map<String, String> readChecksums() {
        Map<String, String> sums = new HashMap<>();
        Path path = folder.dir().resolve(SeedFolderReader.CHECKSUMS);
        SeedProblems problems = folder.problems();
        if (!Files.isRegularFile(path)) {
            problems.add(SeedFolderReader.CHECKSUMS, 0, null,
                    "file is missing: it must list the SHA-256 of every document");
            return sums;
        }
        try {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+\\*?", 2);
                if (parts.length == 2) {
                    sums.put(parts[1], parts[0]);
                }
            }
        } catch (IOException e) {
            problems.add(SeedFolderReader.CHECKSUMS, 0, null, "cannot read file: " + e.getMessage());
        }
        return sums;
    }
}
