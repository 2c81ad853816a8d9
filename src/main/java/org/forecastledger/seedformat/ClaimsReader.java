package org.forecastledger.seedformat;

import org.forecastledger.claim.HedgeBand;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.seedformat.SeedSet.DocumentSeed;
import org.forecastledger.seedformat.SeedSet.ExplanationSeed;
import org.forecastledger.seedformat.SeedSet.LinkSeed;
import org.forecastledger.seedformat.SeedSet.ThemeSeed;
import org.forecastledger.verdict.NewVerdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads claims/*.yaml: each claim with its quote found in the document's text, its horizon, hedge, links, verdict
 * and health explanations. Claim ids are unique across all files; links are checked once every file is read.
 */
final class ClaimsReader {

    private static final int MAX_QUOTE = 4000;
    private static final Set<String> CLAIM_FILE_FIELDS = Set.of("document", "claims");
    private static final Set<String> CLAIM_FIELDS = Set.of("id", "quote", "occurrence", "locator", "statement",
            "attributedTo", "theme", "horizon", "hedge", "links", "verdict", ExplanationsReader.FIELD);
    private static final Set<String> HORIZON_FIELDS = Set.of("label", "until");
    private static final Set<String> HEDGE_FIELDS = Set.of("words", "band");

    private final SeedFolderReader folder;
    private final Map<String, ThemeSeed> themes;
    private final Map<String, DocumentSeed> documents;
    private final ExplanationsReader explanations;
    private final LinksReader links;
    /** Where each claim id was first given, valid claim or not. */
    private final Map<String, String> firstPlace = new HashMap<>();

    ClaimsReader(SeedFolderReader folder, Map<String, ThemeSeed> themes, Map<String, DocumentSeed> documents,
            ExplanationRules rules) {
        this.folder = folder;
        this.themes = themes;
        this.documents = documents;
        this.explanations = new ExplanationsReader(rules);
        this.links = new LinksReader(explanations);
    }

    /** Every valid claim of every claim file; the link targets are checked when every file could be parsed. */
    List<ClaimSeed> read() {
        Path claimsDir = folder.dir().resolve(SeedFolderReader.CLAIMS);
        List<ClaimSeed> claims = new ArrayList<>();
        SeedProblems problems = folder.problems();
        if (!Files.isDirectory(claimsDir)) {
            problems.add(SeedFolderReader.CLAIMS + "/", 0, null, "the claims folder is missing");
            return claims;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(claimsDir)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(SeedFolderReader.CLAIMS + "/", 0, null, "cannot list the claims folder: " + e.getMessage());
            return claims;
        }
        boolean everyFileParsed = true;
        for (Path path : files) {
            String file = SeedFolderReader.CLAIMS + "/" + path.getFileName();
            Optional<YamlMapping> root = folder.parse(file);
            root.ifPresent(mapping -> readClaimFile(file, mapping, claims));
            everyFileParsed &= root.isPresent();
        }
        if (everyFileParsed) {
            links.check(firstPlace.keySet(), problems);
        }
        return claims;
    }

    private void readClaimFile(String file, YamlMapping root, List<ClaimSeed> claims) {
        root.rejectUnknownFields(CLAIM_FILE_FIELDS);
        String documentId = root.requiredText("document");
        DocumentSeed document = documentId == null ? null : documents.get(documentId);
        if (documentId != null && document == null) {
            root.report("document", "unknown document '" + documentId + "' (not in " + SeedFolderReader.DOCUMENTS
                    + ")");
        } else if (documentId != null && !file.equals(SeedFolderReader.CLAIMS + "/" + documentId + ".yaml")) {
            root.report("document", "claims of document '" + documentId + "' belong in " + SeedFolderReader.CLAIMS
                    + "/" + documentId + ".yaml");
        }
        int position = 0;
        for (YamlMapping claim : root.mappings("claims", true, "a claim")) {
            String id = SeedFolderReader.slug(claim, "id", 120);
            claim.subject(id);
            if (id != null) {
                String earlier = firstPlace.putIfAbsent(id, file + ":" + claim.line());
                if (earlier != null) {
                    claim.report("id", "duplicate claim id (first defined at " + earlier + ")");
                    continue;
                }
            }
            readClaim(claim, id, document, position++).ifPresent(claims::add);
        }
    }

    private Optional<ClaimSeed> readClaim(YamlMapping claim, String id, DocumentSeed document, int position) {
        claim.rejectUnknownFields(CLAIM_FIELDS);
        String quote = claim.requiredText("quote");
        Integer occurrence = claim.optionalInt("occurrence", 1, 10_000);
        String locator = claim.requiredText("locator", 300);
        String statement = claim.requiredText("statement", 1000);
        String attributedTo = claim.requiredText("attributedTo", 300);
        String themeId = claim.requiredText("theme");
        if (themeId != null && !themes.containsKey(themeId)) {
            claim.report("theme", "unknown theme '" + themeId + "' (not in " + SeedFolderReader.THEMES + ")");
            themeId = null;
        }
        Optional<YamlMapping> horizon = claim.mapping("horizon", true);
        horizon.ifPresent(h -> h.rejectUnknownFields(HORIZON_FIELDS));
        String horizonLabel = horizon.map(h -> h.requiredText("label", 300)).orElse(null);
        LocalDate horizonUntil = horizon.map(h -> h.optionalDate("until")).orElse(null);
        Optional<YamlMapping> hedge = claim.mapping("hedge", true);
        hedge.ifPresent(h -> h.rejectUnknownFields(HEDGE_FIELDS));
        String hedgeWords = hedge.map(h -> h.requiredText("words", 200)).orElse(null);
        HedgeBand band = hedge.map(h -> h.requiredEnum("band", HedgeBand.class)).orElse(null);
        List<ExplanationSeed> explained = new ArrayList<>(explanations.read(claim, null, null));
        List<LinkSeed> linkSeeds = links.read(claim, id, explained);
        NewVerdict verdict = claim.mapping("verdict", true).map(VerdictReader::read).orElse(null);
        int[] span = quote == null || document == null ? null : locate(claim, document, quote, occurrence);

        if (id == null || span == null || locator == null || statement == null || attributedTo == null
                || themeId == null || horizonLabel == null || hedgeWords == null || band == null || verdict == null) {
            return Optional.empty();
        }
        return Optional.of(new ClaimSeed(id, document.id(), themeId, position, quote,
                occurrence == null ? 1 : occurrence, span[0], span[1], locator.trim(), statement.trim(),
                attributedTo.trim(), horizonLabel.trim(), horizonUntil, hedgeWords.trim(), band, linkSeeds, verdict,
                List.copyOf(explained)));
    }

    /** Finds the quote in the document text: exactly once, or the occurrence the seed names. */
    private static int[] locate(YamlMapping claim, DocumentSeed document, String quote, Integer occurrence) {
        if (quote.length() > MAX_QUOTE) {
            claim.report("quote", "quote is longer than " + MAX_QUOTE + " characters");
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        for (int at = document.text().indexOf(quote); at >= 0; at = document.text().indexOf(quote, at + 1)) {
            starts.add(at);
        }
        if (starts.isEmpty()) {
            claim.report("quote", "quote not found verbatim in " + document.fileName());
            return null;
        }
        if (occurrence == null && starts.size() > 1) {
            claim.report("quote", "quote occurs " + starts.size() + " times in " + document.fileName()
                    + "; add 'occurrence' (1 to " + starts.size() + ") to pick one");
            return null;
        }
        int index = occurrence == null ? 1 : occurrence;
        if (index > starts.size()) {
            claim.report("occurrence", "occurrence " + index + " asked for, but the quote occurs only "
                    + starts.size() + (starts.size() == 1 ? " time" : " times") + " in " + document.fileName());
            return null;
        }
        int start = starts.get(index - 1);
        return new int[] {start, start + quote.length()};
    }
}
