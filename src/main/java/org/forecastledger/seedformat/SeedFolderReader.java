package org.forecastledger.seedformat;

import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.seedformat.SeedSet.DocumentSeed;
import org.forecastledger.seedformat.SeedSet.ThemeSeed;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and validates a seed folder: themes.yaml, documents.yaml, the source texts and claims/*.yaml. Returns the
 * whole set only when every file is valid; otherwise throws one {@link SeedValidationException} naming every problem
 * with its file, line and claim id. Each file has its own reader ({@link ThemesReader}, {@link DocumentsReader},
 * {@link ClaimsReader}); this class finds the files and parses them.
 *
 * <p>The seed file format lives in this package, beside the ledger core and below the features: the seed loader,
 * the review session's seed patch and the export of an uploaded document all read and write it through here, and
 * none of them needs another feature for it. Which health rules a seed may explain is the caller's to say
 * ({@link ExplanationRules}); the format knows only where explanations are written.
 */
public final class SeedFolderReader {

    static final String THEMES = "themes.yaml";
    static final String DOCUMENTS = "documents.yaml";
    static final String CLAIMS = "claims";
    static final String CHECKSUMS = "SHA256SUMS";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path dir;
    private final SeedProblems problems = new SeedProblems();

    private SeedFolderReader(Path dir) {
        this.dir = dir;
    }

    /** The validated seed set of {@code seedsDir}; {@code rules} says which health rules may be explained where. */
    public static SeedSet read(Path seedsDir, ExplanationRules rules) {
        return new SeedFolderReader(seedsDir).readAll(rules);
    }

    private SeedSet readAll(ExplanationRules rules) {
        if (!Files.isDirectory(dir)) {
            throw new SeedValidationException(dir, List.of(dir + ": the seeds folder does not exist "
                    + "(set ledger.seeds-dir or LEDGER_SEEDS_DIR)"));
        }
        Map<String, ThemeSeed> themes = ThemesReader.read(this);
        Map<String, DocumentSeed> documents = DocumentsReader.read(this);
        List<ClaimSeed> claims = new ClaimsReader(this, themes, documents, rules).read();
        if (!problems.isEmpty()) {
            throw new SeedValidationException(dir, problems.sorted());
        }
        return new SeedSet(List.copyOf(themes.values()), List.copyOf(documents.values()), List.copyOf(claims));
    }

    Path dir() {
        return dir;
    }

    SeedProblems problems() {
        return problems;
    }

    /** The slug at {@code key}, or null with the problem reported. */
    static String slug(YamlMapping mapping, String key, int max) {
        String value = mapping.requiredText(key, max);
        if (value != null && !SLUG.matcher(value).matches()) {
            mapping.report(key, "'" + key + "' must be a slug of lower-case letters, digits and hyphens, not '"
                    + value + "'");
            return null;
        }
        return value;
    }

    /** The root mapping of a seed file, or empty with the problem reported (missing, unreadable, malformed). */
    Optional<YamlMapping> parse(String file) {
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
}
