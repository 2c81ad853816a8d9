package org.forecastledger.seed;

import org.forecastledger.seedformat.SeedSet;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.seedformat.SeedValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of mistake in a seed file is refused with its file, line, subject and the field it is about. */
class SeedProblemsTest {

    @TempDir
    Path temp;

    private SeedFixture fixture() {
        return new SeedFixture(temp);
    }

    private static List<String> problems(SeedFixture fixture) {
        try {
            SeedReader.read(fixture.dir);
        } catch (SeedValidationException e) {
            return e.problems();
        }
        throw new AssertionError("the broken fixture was accepted");
    }

    private static ClaimSeed claim(SeedSet seeds, String id) {
        return seeds.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    // --- misspelled keys, one per kind of mapping

    @Test
    void misspelledVerdictKeyIsRefused() {
        SeedFixture f = fixture().replace("claims/beta.yaml", "      rationale: They were lifted.",
                "      rationale: They were lifted.\n      rationle: typo");
        assertThat(problems(f)).containsExactly("claims/beta.yaml:18 (beta-sanctions-stay): unknown field 'rationle' "
                + "(expected one of: asOf, evidence, rationale, status)");
    }

    @Test
    void misspelledEvidenceKeyIsRefused() {
        SeedFixture f = fixture().replace("claims/beta.yaml", "          source: Test wire",
                "          source: Test wire\n          sauce: typo");
        assertThat(problems(f)).containsExactly("claims/beta.yaml:22 (beta-sanctions-stay): unknown field 'sauce' "
                + "(expected one of: date, source, summary, url)");
    }

    @Test
    void misspelledHedgeKeyIsRefused() {
        SeedFixture f = fixture().replace("claims/beta.yaml", "      band: LIKELY", "      band: LIKELY\n      bands: x");
        assertThat(problems(f)).containsExactly("claims/beta.yaml:14 (beta-sanctions-stay): unknown field 'bands' "
                + "(expected one of: band, words)");
    }

    @Test
    void misspelledHorizonKeyIsRefused() {
        SeedFixture f = fixture().replace("claims/beta.yaml", "      label: Open-ended",
                "      label: Open-ended\n      untill: 2030-01-01");
        assertThat(problems(f)).containsExactly("claims/beta.yaml:11 (beta-sanctions-stay): unknown field 'untill' "
                + "(expected one of: label, until)");
    }

    @Test
    void misspelledLinkKeyIsRefused() {
        SeedFixture f = fixture().replace("claims/alpha.yaml", "{kind: CONTRADICTS, claimId: beta-sanctions-stay}",
                "{kind: CONTRADICTS, claimId: beta-sanctions-stay, note: x}");
        assertThat(problems(f)).containsExactly("claims/alpha.yaml:17 (alpha-treaty-extended): unknown field 'note' "
                + "(expected one of: claimId, healthExceptions, kind)");
    }

    @Test
    void misspelledHealthExceptionKeyIsRefused() {
        SeedFixture f = fixture().replace("claims/alpha.yaml", "      - rule: horizon-label-date",
                "      - rule: horizon-label-date\n        rules: x");
        assertThat(problems(f)).containsExactly("claims/alpha.yaml:44 (alpha-talks-resume): unknown field 'rules' "
                + "(expected one of: note, rule)");
    }

    @Test
    void misspelledThemeKeysAreRefused() {
        SeedFixture f = fixture().replace("themes.yaml", "themes:", "theme: x\nthemes:")
                .replace("themes.yaml", "    title: Sanctions", "    title: Sanctions\n    titel: x");
        assertThat(problems(f)).containsExactly(
                "themes.yaml:1: unknown field 'theme' (expected one of: themes)",
                "themes.yaml:8 (sanctions): unknown field 'titel' (expected one of: description, id, title)");
    }

    @Test
    void misspelledDocumentKeysAreRefused() {
        SeedFixture g = fixture().replace("documents.yaml", "documents:", "docs: x\ndocuments:")
                .replace("documents.yaml", "    outlet: Test wire", "    outlet: Test wire\n    outlett: x");
        assertThat(problems(g)).containsExactly(
                "documents.yaml:1: unknown field 'docs' (expected one of: documents)",
                "documents.yaml:19 (beta): unknown field 'outlett' (expected one of: author, datingNote, file, id, kind, "
                        + "outlet, publishedOn, title, year)");
    }

    @Test
    void misspelledClaimFileKeyIsRefused() {
        SeedFixture f = fixture().replace("claims/beta.yaml", "document: beta", "document: beta\ndocs: x");
        assertThat(problems(f)).containsExactly("claims/beta.yaml:2: unknown field 'docs' (expected one of: claims, "
                + "document)");
    }

    // --- field shapes

    @Test
    void fieldGivenTwiceAndNonTextKeyAreRefused() {
        SeedFixture f = fixture().replace("themes.yaml", "    title: Sanctions",
                "    title: Sanctions\n    title: Again\n    ? [a, b]\n    : c");
        assertThat(problems(f)).containsExactly(
                "themes.yaml:7: field 'title' is given twice",
                "themes.yaml:8: a field name must be plain text");
    }

    @Test
    void textAtTheLimitIsKeptWhole() {
        SeedFixture f = fixture().replace("claims/beta.yaml", "statement: Sanctions will stay in place.",
                "statement: " + "x".repeat(1000));
        SeedSet seeds = SeedReader.read(f.dir);
        assertThat(claim(seeds, "beta-sanctions-stay").statement()).isEqualTo("x".repeat(1000));
        assertThat(claim(seeds, "beta-sanctions-stay").locator()).isEqualTo("Opening paragraphs");
        assertThat(claim(seeds, "beta-sanctions-stay").hedgeWords()).isEqualTo("believe");
    }

    @Test
    void fieldThatIsNotTextIsRefused() {
        SeedFixture f = fixture().replace("claims/beta.yaml", "band: LIKELY", "band: [LIKELY]");
        assertThat(problems(f)).containsExactly("claims/beta.yaml:13 (beta-sanctions-stay): 'band' must be text");
    }

    @Test
    void blankFieldIsRefused() {
        SeedFixture f = fixture().replace("claims/beta.yaml", "band: LIKELY", "band: \"  \"");
        assertThat(problems(f)).containsExactly("claims/beta.yaml:13 (beta-sanctions-stay): 'band' is blank");
    }

    @Test
    void occurrenceOutOfRangeOrNotANumberIsRefused() {
        SeedFixture zero = new SeedFixture(temp.resolve("a")).replace("claims/alpha.yaml", "occurrence: 2",
                "occurrence: 0");
        assertThat(problems(zero)).containsExactly("claims/alpha.yaml:4 (alpha-treaty-extended): quote occurs 2 times "
                + "in alpha.txt; add 'occurrence' (1 to 2) to pick one", "claims/alpha.yaml:5 (alpha-treaty-extended): 'occurrence' must be "
                + "between 1 and 10000, not 0");
        SeedFixture huge = new SeedFixture(temp.resolve("b")).replace("claims/alpha.yaml", "occurrence: 2",
                "occurrence: 10001");
        assertThat(problems(huge)).containsExactly("claims/alpha.yaml:4 (alpha-treaty-extended): quote occurs 2 times "
                + "in alpha.txt; add 'occurrence' (1 to 2) to pick one", "claims/alpha.yaml:5 (alpha-treaty-extended): 'occurrence' must be "
                + "between 1 and 10000, not 10001");
        SeedFixture word = new SeedFixture(temp.resolve("c")).replace("claims/alpha.yaml", "occurrence: 2",
                "occurrence: two");
        assertThat(problems(word)).containsExactly("claims/alpha.yaml:4 (alpha-treaty-extended): quote occurs 2 times "
                + "in alpha.txt; add 'occurrence' (1 to 2) to pick one", "claims/alpha.yaml:5 (alpha-treaty-extended): 'occurrence' must be "
                + "a whole number, not 'two'");
    }

    @Test
    void occurrenceAtItsBoundsIsAccepted() {
        SeedFixture f = fixture().replace("claims/beta.yaml", "    locator: Opening paragraphs",
                "    occurrence: 1\n    locator: Opening paragraphs")
                .replace("documents.yaml", "year: 2024", "year: 2100");
        SeedSet seeds = SeedReader.read(f.dir);
        assertThat(claim(seeds, "beta-sanctions-stay").occurrence()).isEqualTo(1);
        assertThat(seeds.documents().get(1).year()).isEqualTo(2100);
    }

    @Test
    void occurrenceBeyondTheQuotesIsRefused() {
        SeedFixture two = new SeedFixture(temp.resolve("a")).replace("claims/alpha.yaml", "occurrence: 2",
                "occurrence: 3");
        assertThat(problems(two)).containsExactly("claims/alpha.yaml:5 (alpha-treaty-extended): occurrence 3 asked "
                + "for, but the quote occurs only 2 times in alpha.txt");
        SeedFixture one = new SeedFixture(temp.resolve("b")).replace("claims/beta.yaml", "    locator: Opening paragraphs",
                "    occurrence: 2\n    locator: Opening paragraphs");
        assertThat(problems(one)).containsExactly("claims/beta.yaml:5 (beta-sanctions-stay): occurrence 2 asked "
                + "for, but the quote occurs only 1 time in beta.txt");
    }

    @Test
    void quoteAtTheVeryStartOfTheTextIsFound() {
        SeedFixture f = fixture().replace("claims/beta.yaml", "\"Officials believe sanctions will stay in place.\"",
                "\"Beta report\"");
        ClaimSeed claim = claim(SeedReader.read(f.dir), "beta-sanctions-stay");
        assertThat(claim.start()).isZero();
        assertThat(claim.end()).isEqualTo("Beta report".length());
    }

    @Test
    void overlongQuoteIsRefusedBeforeItIsLookedFor() {
        SeedFixture limit = new SeedFixture(temp.resolve("a")).replace("claims/beta.yaml",
                "\"Officials believe sanctions will stay in place.\"", "\"" + "q".repeat(4000) + "\"");
        assertThat(problems(limit)).containsExactly(
                "claims/beta.yaml:4 (beta-sanctions-stay): quote not found verbatim in beta.txt");
        SeedFixture over = new SeedFixture(temp.resolve("b")).replace("claims/beta.yaml",
                "\"Officials believe sanctions will stay in place.\"", "\"" + "q".repeat(4001) + "\"");
        assertThat(problems(over)).containsExactly(
                "claims/beta.yaml:4 (beta-sanctions-stay): quote is longer than 4000 characters");
    }

    @Test
    void missingMappingsListsAndNonMappingsAreRefused() {
        SeedFixture noHorizon = new SeedFixture(temp.resolve("a")).replace("claims/beta.yaml",
                "    horizon:\n      label: Open-ended\n", "");
        assertThat(problems(noHorizon)).containsExactly(
                "claims/beta.yaml:3 (beta-sanctions-stay): missing field 'horizon'");
        SeedFixture scalarHedge = new SeedFixture(temp.resolve("b")).replace("claims/beta.yaml",
                "    hedge:\n      words: believe\n      band: LIKELY\n", "    hedge: believe\n");
        assertThat(problems(scalarHedge)).containsExactly(
                "claims/beta.yaml:11 (beta-sanctions-stay): 'hedge' must be a mapping of fields");
        SeedFixture noClaims = new SeedFixture(temp.resolve("c")).write("claims/beta.yaml", "document: beta\n");
        assertThat(problems(noClaims)).containsExactly("claims/alpha.yaml:17 (alpha-treaty-extended): link target "
                + "'beta-sanctions-stay' is not a known claim", "claims/beta.yaml:1: missing field 'claims'");
        SeedFixture scalarLinks = new SeedFixture(temp.resolve("d")).replace("claims/alpha.yaml",
                "    links:\n      - {kind: CONTRADICTS, claimId: beta-sanctions-stay}\n", "    links: beta\n");
        assertThat(problems(scalarLinks)).containsExactly(
                "claims/alpha.yaml:16 (alpha-treaty-extended): 'links' must be a list");
    }

    @Test
    void emptyListFieldMeansNoLinks() {
        SeedFixture f = fixture().replace("claims/alpha.yaml",
                "    links:\n      - {kind: CONTRADICTS, claimId: beta-sanctions-stay}\n", "    links:\n");
        assertThat(claim(SeedReader.read(f.dir), "alpha-treaty-extended").links()).isEmpty();
    }

    @Test
    void missingDateAndNumberAreRefused() {
        SeedFixture noAsOf = new SeedFixture(temp.resolve("a")).replace("claims/beta.yaml",
                "      asOf: 2026-11-22\n", "");
        assertThat(problems(noAsOf)).containsExactly("claims/beta.yaml:15 (beta-sanctions-stay): missing field 'asOf'");
        SeedFixture noYear = new SeedFixture(temp.resolve("b")).replace("documents.yaml", "    year: 2024\n", "");
        assertThat(problems(noYear)).containsExactly(
                "claims/beta.yaml:1: unknown document 'beta' (not in documents.yaml)", "documents.yaml:11 (beta): missing field 'year'");
    }

    // --- ids

    @Test
    void claimIdMustBeASlug() {
        for (String bad : List.of("Beta-Sanctions", "beta_sanctions", "beta--sanctions", "-beta", "beta-", "beta stay")) {
            SeedFixture f = new SeedFixture(temp.resolve(Integer.toString(bad.hashCode()))).replace("claims/beta.yaml",
                    "id: beta-sanctions-stay", "id: \"" + bad + "\"");
            assertThat(problems(f)).as(bad).contains("claims/beta.yaml:3: 'id' must be a slug of lower-case letters, "
                    + "digits and hyphens, not '" + bad + "'");
        }
        SeedFixture good = fixture().replace("claims/beta.yaml", "id: beta-sanctions-stay", "id: b2-x9")
                .replace("claims/alpha.yaml", "claimId: beta-sanctions-stay", "claimId: b2-x9");
        assertThat(SeedReader.read(good.dir).claims()).extracting(ClaimSeed::id).contains("b2-x9");
    }

    @Test
    void blankIdIsReportedOnce() {
        SeedFixture f = fixture().replace("themes.yaml", "id: sanctions", "id: \" \"");
        assertThat(problems(f)).containsExactly(
                "claims/beta.yaml:8 (beta-sanctions-stay): unknown theme 'sanctions' (not in themes.yaml)",
                "themes.yaml:5: 'id' is blank");
    }

    @Test
    void duplicateThemeIdIsRefused() {
        SeedFixture f = fixture().replace("themes.yaml", "id: sanctions", "id: arms-control");
        assertThat(problems(f)).containsExactly(
                "claims/beta.yaml:8 (beta-sanctions-stay): unknown theme 'sanctions' (not in themes.yaml)",
                "themes.yaml:5 (arms-control): duplicate theme id");
    }

    @Test
    void duplicateDocumentIdIsRefused() {
        SeedFixture f = fixture().replace("documents.yaml", "id: beta", "id: alpha");
        assertThat(problems(f)).contains("documents.yaml:11 (alpha): duplicate document id");
    }

    @Test
    void positionsCountTheClaimsOfAFile() {
        SeedSet seeds = SeedReader.read(fixture().dir);
        assertThat(seeds.claims()).extracting(ClaimSeed::position).containsExactly(0, 1, 0);
    }

    // --- documents and claim files

    @Test
    void claimFileForAnUnknownDocumentOrInTheWrongFileIsRefused() {
        SeedFixture unknown = new SeedFixture(temp.resolve("a")).replace("claims/beta.yaml", "document: beta",
                "document: gamma");
        assertThat(problems(unknown)).containsExactly(
                "claims/beta.yaml:1: unknown document 'gamma' (not in documents.yaml)");
        SeedFixture misplaced = new SeedFixture(temp.resolve("b"));
        move(misplaced, "claims/beta.yaml", "claims/gamma.yaml");
        assertThat(problems(misplaced)).containsExactly(
                "claims/gamma.yaml:1: claims of document 'beta' belong in claims/beta.yaml");
    }

    @Test
    void onlyYamlFilesOfTheClaimsFolderAreRead() {
        SeedFixture f = fixture().write("claims/notes.txt", "not: a claim file\n");
        assertThat(SeedReader.read(f.dir).claims()).hasSize(3);
    }

    @Test
    void missingFilesAndFoldersAreReported() throws IOException {
        SeedFixture noClaims = new SeedFixture(temp.resolve("a"));
        Files.delete(noClaims.dir.resolve("claims/alpha.yaml"));
        Files.delete(noClaims.dir.resolve("claims/beta.yaml"));
        Files.delete(noClaims.dir.resolve("claims"));
        assertThat(problems(noClaims)).containsExactly("claims/: the claims folder is missing");

        SeedFixture noThemes = new SeedFixture(temp.resolve("b"));
        Files.delete(noThemes.dir.resolve("themes.yaml"));
        assertThat(problems(noThemes)).contains("themes.yaml: file is missing");

        SeedFixture noDocuments = new SeedFixture(temp.resolve("c"));
        Files.delete(noDocuments.dir.resolve("documents.yaml"));
        assertThat(problems(noDocuments)).containsExactly(
                "claims/alpha.yaml:1: unknown document 'alpha' (not in documents.yaml)",
                "claims/beta.yaml:1: unknown document 'beta' (not in documents.yaml)",
                "documents.yaml: file is missing");
    }

    @Test
    void emptyAndNonUtf8SeedFilesAreReported() throws IOException {
        SeedFixture empty = new SeedFixture(temp.resolve("a")).write("themes.yaml", "");
        assertThat(problems(empty)).contains("themes.yaml: file is empty");
        SeedFixture binary = new SeedFixture(temp.resolve("b"));
        Files.write(binary.dir.resolve("themes.yaml"), new byte[] {'t', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThat(problems(binary)).contains(
                "themes.yaml: malformed YAML: java.nio.charset.MalformedInputException: Input length = 1");
    }

    @Test
    void documentTextMissingOutsideOrUnreadableIsReported() throws IOException {
        SeedFixture missing = new SeedFixture(temp.resolve("a")).replace("documents.yaml", "file: beta.txt",
                "file: gamma.txt");
        assertThat(problems(missing)).containsExactly(
                "claims/beta.yaml:1: unknown document 'beta' (not in documents.yaml)",
                "documents.yaml:12 (beta): document file 'gamma.txt' not found in the seeds folder");
        SeedFixture outside = new SeedFixture(temp.resolve("b")).replace("documents.yaml", "file: beta.txt",
                "file: ../beta.txt");
        Files.writeString(outside.dir.resolve("../beta.txt"), "outside");
        assertThat(problems(outside)).containsExactly(
                "claims/beta.yaml:1: unknown document 'beta' (not in documents.yaml)",
                "documents.yaml:12 (beta): document file '../beta.txt' not found in the seeds folder");
        SeedFixture binary = new SeedFixture(temp.resolve("c"));
        Files.write(binary.dir.resolve("beta.txt"), new byte[] {'B', (byte) 0xC3, (byte) 0x28});
        assertThat(problems(binary)).containsExactly(
                "claims/beta.yaml:1: unknown document 'beta' (not in documents.yaml)",
                "documents.yaml:12 (beta): cannot read 'beta.txt' as UTF-8 text: Input length = 1");
    }

    @Test
    void unreadableChecksumFileIsReported() throws IOException {
        SeedFixture f = fixture();
        Files.write(f.dir.resolve("SHA256SUMS"), new byte[] {'x', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThat(problems(f)).first().asString().startsWith("SHA256SUMS: cannot read file: ");
    }

    // --- links and explanations

    @Test
    void linkGivenTwiceOrToItselfIsRefused() {
        SeedFixture twice = new SeedFixture(temp.resolve("a")).replace("claims/alpha.yaml",
                "      - {kind: CONTRADICTS, claimId: beta-sanctions-stay}\n",
                "      - {kind: CONTRADICTS, claimId: beta-sanctions-stay}\n"
                        + "      - {kind: CONTRADICTS, claimId: beta-sanctions-stay}\n");
        assertThat(problems(twice)).containsExactly("claims/alpha.yaml:18 (alpha-treaty-extended): link CONTRADICTS "
                + "→ beta-sanctions-stay is given twice");
        SeedFixture self = new SeedFixture(temp.resolve("b")).replace("claims/alpha.yaml",
                "claimId: beta-sanctions-stay", "claimId: alpha-treaty-extended");
        assertThat(problems(self)).containsExactly(
                "claims/alpha.yaml:17 (alpha-treaty-extended): a claim cannot link to itself");
    }

    @Test
    void ruleExplainedTwiceIsRefused() {
        SeedFixture f = fixture().replace("claims/alpha.yaml", "      - rule: horizon-label-date",
                "      - {rule: horizon-label-date, note: Again.}\n      - rule: horizon-label-date");
        assertThat(problems(f)).containsExactly("claims/alpha.yaml:44 (alpha-talks-resume): health rule "
                + "'horizon-label-date' is explained twice here");
    }

    private static void move(SeedFixture fixture, String from, String to) {
        try {
            Files.move(fixture.dir.resolve(from), fixture.dir.resolve(to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
