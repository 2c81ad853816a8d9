package org.forecastledger.seed;

import org.forecastledger.Sha256;
import org.forecastledger.claim.HedgeBand;
import org.forecastledger.claim.LinkKind;
import org.forecastledger.document.DocumentKind;
import org.forecastledger.seed.SeedSet.ClaimSeed;
import org.forecastledger.seed.SeedSet.DocumentSeed;
import org.forecastledger.seed.SeedSet.ExplanationSeed;
import org.forecastledger.seed.SeedSet.LinkSeed;
import org.forecastledger.seed.SeedSet.ThemeSeed;
import org.forecastledger.verdict.EvidenceItem;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictStatus;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and validates the seed folder: themes.yaml, documents.yaml, the source texts and claims/*.yaml. Returns
 * the whole set only when every file is valid; otherwise throws one {@link SeedValidationException} naming every
 * problem with its file, line and claim id.
 */
public final class SeedReader {

    static final String THEMES = "themes.yaml";
    static final String DOCUMENTS = "documents.yaml";
    static final String CLAIMS = "claims";
    static final String CHECKSUMS = "SHA256SUMS";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_QUOTE = 4000;

    private static final Set<String> THEME_FIELDS = Set.of("id", "title", "description");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("id", "file", "title", "year", "kind", "author",
            "outlet", "publishedOn", "datingNote");
    private static final Set<String> CLAIM_FILE_FIELDS = Set.of("document", "claims");
    private static final Set<String> CLAIM_FIELDS = Set.of("id", "quote", "occurrence", "locator", "statement",
            "attributedTo", "theme", "horizon", "hedge", "links", "verdict", HealthExplanationSeeds.FIELD);
    private static final Set<String> HORIZON_FIELDS = Set.of("label", "until");
    private static final Set<String> HEDGE_FIELDS = Set.of("words", "band");
    private static final Set<String> LINK_FIELDS = Set.of("kind", "claimId", HealthExplanationSeeds.FIELD);
    private static final Set<String> VERDICT_FIELDS = Set.of("status", "asOf", "rationale", "evidence");
    private static final Set<String> EVIDENCE_FIELDS = Set.of("date", "summary", "source", "url");

    private final Path dir;
    private final SeedProblems problems = new SeedProblems();

    private SeedReader(Path dir) {
        this.dir = dir;
    }

    public static SeedSet read(Path seedsDir) {
        return new SeedReader(seedsDir).readAll();
    }

    private SeedSet readAll() {
        if (!Files.isDirectory(dir)) {
            throw new SeedValidationException(dir, List.of(dir + ": the seeds folder does not exist "
                    + "(set ledger.seeds-dir or LEDGER_SEEDS_DIR)"));
        }
        Map<String, ThemeSeed> themes = readThemes();
        Map<String, DocumentSeed> documents = readDocuments();
        Set<String> claimIds = new HashSet<>();
        List<ClaimSeed> claims = readClaimFiles(themes, documents, claimIds);
        if (everyClaimFileParsed) {
            checkLinks(claimIds);
        }
        if (!problems.isEmpty()) {
            throw new SeedValidationException(dir, problems.sorted());
        }
        return new SeedSet(List.copyOf(themes.values()), List.copyOf(documents.values()), List.copyOf(claims));
    }

    /** A link as written, remembered with its place for the check that needs every claim id. */
    private record LinkReference(String file, int line, String claimId, String targetId) {
    }

    private final List<LinkReference> linkReferences = new ArrayList<>();
    private boolean everyClaimFileParsed = true;

    private Map<String, ThemeSeed> readThemes() {
        Map<String, ThemeSeed> themes = new LinkedHashMap<>();
        Optional<YamlMapping> root = parse(THEMES);
        if (root.isEmpty()) {
            return themes;
        }
        root.get().rejectUnknownFields(Set.of("themes"));
        for (YamlMapping theme : root.get().mappings("themes", true, "a theme")) {
            String id = slug(theme, "id", 80);
            theme.subject(id);
            theme.rejectUnknownFields(THEME_FIELDS);
            String title = theme.requiredText("title", 200);
            String description = theme.requiredText("description", 1000);
            if (id != null && themes.containsKey(id)) {
                theme.report("id", "duplicate theme id");
            } else if (id != null && title != null && description != null) {
                themes.put(id, new ThemeSeed(id, title.trim(), description.trim(), themes.size()));
            }
        }
        return themes;
    }

    private Map<String, DocumentSeed> readDocuments() {
        Map<String, DocumentSeed> documents = new LinkedHashMap<>();
        Optional<YamlMapping> root = parse(DOCUMENTS);
        if (root.isEmpty()) {
            return documents;
        }
        root.get().rejectUnknownFields(Set.of("documents"));
        Map<String, String> checksums = readChecksums();
        for (YamlMapping document : root.get().mappings("documents", true, "a document")) {
            String id = slug(document, "id", 80);
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
            String sha256 = Sha256.hex(text);
            String expected = checksums.get(file);
            if (expected == null) {
                document.report("file", "'" + file + "' is not listed in " + CHECKSUMS
                        + " (add its SHA-256 so that the text can be checked)");
            } else if (!expected.equalsIgnoreCase(sha256)) {
                document.report("file", "'" + file + "' does not match its SHA-256 in " + CHECKSUMS
                        + " (expected " + expected + ", found " + sha256 + ")");
            }
            documents.put(id, new DocumentSeed(id, file, title.trim(), year, kind, author.trim(), outlet.trim(),
                    publishedOn, datingNote.trim(), sha256, text));
        }
        return documents;
    }

    /** Reads every claim file; {@code claimIds} collects every id given, valid claim or not, for the link check. */
    private List<ClaimSeed> readClaimFiles(Map<String, ThemeSeed> themes, Map<String, DocumentSeed> documents,
            Set<String> claimIds) {
        Path claimsDir = dir.resolve(CLAIMS);
        List<ClaimSeed> claims = new ArrayList<>();
        if (!Files.isDirectory(claimsDir)) {
            problems.add(CLAIMS + "/", 0, null, "the claims folder is missing");
            return claims;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(claimsDir)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(CLAIMS + "/", 0, null, "cannot list the claims folder: " + e.getMessage());
            return claims;
        }
        Map<String, String> firstPlace = new HashMap<>();
        for (Path path : files) {
            String file = CLAIMS + "/" + path.getFileName();
            Optional<YamlMapping> root = parse(file);
            root.ifPresent(mapping -> readClaimFile(file, mapping, themes, documents, firstPlace, claims));
            everyClaimFileParsed &= root.isPresent();
        }
        claimIds.addAll(firstPlace.keySet());
        return claims;
    }

    private void readClaimFile(String file, YamlMapping root, Map<String, ThemeSeed> themes,
            Map<String, DocumentSeed> documents, Map<String, String> firstPlace, List<ClaimSeed> claims) {
        root.rejectUnknownFields(CLAIM_FILE_FIELDS);
        String documentId = root.requiredText("document");
        DocumentSeed document = documentId == null ? null : documents.get(documentId);
        if (documentId != null && document == null) {
            root.report("document", "unknown document '" + documentId + "' (not in " + DOCUMENTS + ")");
        } else if (documentId != null && !file.equals(CLAIMS + "/" + documentId + ".yaml")) {
            root.report("document", "claims of document '" + documentId + "' belong in " + CLAIMS + "/"
                    + documentId + ".yaml");
        }
        int position = 0;
        for (YamlMapping claim : root.mappings("claims", true, "a claim")) {
            String id = slug(claim, "id", 120);
            claim.subject(id);
            if (id != null) {
                String place = file + ":" + claim.line();
                String earlier = firstPlace.putIfAbsent(id, place);
                if (earlier != null) {
                    claim.report("id", "duplicate claim id (first defined at " + earlier + ")");
                    continue;
                }
            }
            readClaim(claim, id, document, themes, position++).ifPresent(claims::add);
        }
    }

    private Optional<ClaimSeed> readClaim(YamlMapping claim, String id, DocumentSeed document,
            Map<String, ThemeSeed> themes, int position) {
        claim.rejectUnknownFields(CLAIM_FIELDS);
        String quote = claim.requiredText("quote");
        Integer occurrence = claim.optionalInt("occurrence", 1, 10_000);
        String locator = claim.requiredText("locator", 300);
        String statement = claim.requiredText("statement", 1000);
        String attributedTo = claim.requiredText("attributedTo", 300);
        String themeId = claim.requiredText("theme");
        if (themeId != null && !themes.containsKey(themeId)) {
            claim.report("theme", "unknown theme '" + themeId + "' (not in " + THEMES + ")");
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
        List<ExplanationSeed> exceptions = new ArrayList<>(HealthExplanationSeeds.read(claim, null, null));
        List<LinkSeed> links = readLinks(claim, id, exceptions);
        NewVerdict verdict = claim.mapping("verdict", true).map(this::readVerdict).orElse(null);
        int[] span = quote == null || document == null ? null : locate(claim, document, quote, occurrence);

        if (id == null || span == null || locator == null || statement == null || attributedTo == null
                || themeId == null || horizonLabel == null || hedgeWords == null || band == null || verdict == null) {
            return Optional.empty();
        }
        ClaimSeed seed = new ClaimSeed(id, document.id(), themeId, position, quote, occurrence == null ? 1 : occurrence,
                span[0], span[1], locator.trim(), statement.trim(), attributedTo.trim(), horizonLabel.trim(),
                horizonUntil, hedgeWords.trim(), band, links, verdict, List.copyOf(exceptions));
        return Optional.of(seed);
    }

    /** Finds the quote in the document text: exactly once, or the occurrence the seed names. */
    private int[] locate(YamlMapping claim, DocumentSeed document, String quote, Integer occurrence) {
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

    /** The claim's links; the exceptions recorded on them are added to {@code exceptions}. */
    private List<LinkSeed> readLinks(YamlMapping claim, String claimId, List<ExplanationSeed> exceptions) {
        Map<LinkSeed, Integer> links = new LinkedHashMap<>();
        for (YamlMapping link : claim.mappings("links", false, "a link")) {
            link.rejectUnknownFields(LINK_FIELDS);
            LinkKind kind = link.requiredEnum("kind", LinkKind.class);
            String target = link.requiredText("claimId");
            if (kind != null && target != null && links.putIfAbsent(new LinkSeed(kind, target.trim()), link.line()) != null) {
                link.report("claimId", "link " + kind + " → " + target + " is given twice");
            } else if (target != null && claimId != null) {
                linkReferences.add(new LinkReference(claim.file(), link.line(), claimId, target.trim()));
            }
            if (kind != null && target != null) {
                exceptions.addAll(HealthExplanationSeeds.read(link, kind, target.trim()));
            }
        }
        return List.copyOf(links.keySet());
    }

    private NewVerdict readVerdict(YamlMapping verdict) {
        verdict.rejectUnknownFields(VERDICT_FIELDS);
        VerdictStatus status = verdict.requiredEnum("status", VerdictStatus.class);
        LocalDate asOf = verdict.requiredDate("asOf");
        String rationale = verdict.requiredText("rationale", 8000);
        List<EvidenceItem> evidence = new ArrayList<>();
        boolean evidenceValid = true;
        for (YamlMapping item : verdict.mappings("evidence", false, "an evidence item")) {
            item.rejectUnknownFields(EVIDENCE_FIELDS);
            LocalDate date = item.requiredDate("date");
            String summary = item.requiredText("summary", 4000);
            String source = item.requiredText("source", 1000);
            String url = item.optionalText("url", 2000);
            if (url != null && !EvidenceItem.isWebAddress(url.trim())) {
                item.report("url", "'url' must be an absolute http(s) address, not '" + url + "'");
                url = null;
                evidenceValid = false;
            }
            if (date == null || summary == null || source == null) {
                evidenceValid = false;
            } else {
                evidence.add(new EvidenceItem(date, summary.trim(), source.trim(), url == null ? null : url.trim()));
            }
        }
        if (status != null && status.needsEvidence() && evidence.isEmpty() && evidenceValid) {
            verdict.report("status", "a " + status + " verdict needs at least one evidence item");
            return null;
        }
        if (status == null || asOf == null || rationale == null || !evidenceValid) {
            return null;
        }
        return new NewVerdict(status, asOf, rationale.trim(), evidence);
    }

    private void checkLinks(Set<String> claimIds) {
        for (LinkReference link : linkReferences) {
            if (!claimIds.contains(link.targetId())) {
                problems.add(link.file(), link.line(), link.claimId(),
                        "link target '" + link.targetId() + "' is not a known claim");
            } else if (link.targetId().equals(link.claimId())) {
                problems.add(link.file(), link.line(), link.claimId(), "a claim cannot link to itself");
            }
        }
    }

    private String slug(YamlMapping mapping, String key, int max) {
        String value = mapping.requiredText(key, max);
        if (value != null && !SLUG.matcher(value).matches()) {
            mapping.report(key, "'" + key + "' must be a slug of lower-case letters, digits and hyphens, not '"
                    + value + "'");
            return null;
        }
        return value;
    }

    /** The root mapping of a seed file, or empty with the problem reported (missing, unreadable, malformed). */
    private Optional<YamlMapping> parse(String file) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(file, 0, null, "file is missing");
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported by YamlMapping, with their line
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                problems.add(file, 0, null, "file is empty");
                return Optional.empty();
            }
            return YamlMapping.of(file, root, problems, null, "the file");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(file, line, null, "malformed YAML: " + e.getProblem());
        } catch (CharacterCodingException e) {
            problems.add(file, 0, null, "file is not valid UTF-8");
        } catch (YAMLException e) {
            problems.add(file, 0, null, "malformed YAML: " + e.getMessage());
        } catch (IOException e) {
            problems.add(file, 0, null, "cannot read file: " + e.getMessage());
        }
        return Optional.empty();
    }

    private String readText(YamlMapping document, String file) {
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
        Path path = dir.resolve(CHECKSUMS);
        if (!Files.isRegularFile(path)) {
            problems.add(CHECKSUMS, 0, null, "file is missing: it must list the SHA-256 of every document");
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
            problems.add(CHECKSUMS, 0, null, "cannot read file: " + e.getMessage());
        }
        return sums;
    }
}
