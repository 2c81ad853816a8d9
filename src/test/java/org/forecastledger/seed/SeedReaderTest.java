package org.forecastledger.seed;

import org.forecastledger.seedformat.SeedSet;
import org.forecastledger.seedformat.SeedValidationException;
import org.forecastledger.claim.HedgeBand;
import org.forecastledger.claim.LinkKind;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedReaderTest {

    @TempDir
    Path temp;

    private List<String> problems(SeedFixture fixture) {
        try {
            SeedReader.read(fixture.dir);
        } catch (SeedValidationException e) {
            return e.problems();
        }
        throw new AssertionError("the broken fixture was accepted");
    }

    @Test
    void validFixtureIsReadWithOffsetsComputed() {
        SeedSet seeds = SeedReader.read(new SeedFixture(temp).dir);

        assertThat(seeds.themes()).extracting(SeedSet.ThemeSeed::id).containsExactly("arms-control", "sanctions");
        assertThat(seeds.documents()).extracting(SeedSet.DocumentSeed::id).containsExactly("alpha", "beta");
        assertThat(seeds.claims()).extracting(ClaimSeed::id)
                .containsExactly("alpha-treaty-extended", "alpha-talks-resume", "beta-sanctions-stay");
        ClaimSeed extended = seeds.claims().get(0);
        String alpha = seeds.documents().get(0).text();
        assertThat(extended.start()).isEqualTo(alpha.lastIndexOf("the treaty will be extended"));
        assertThat(alpha.substring(extended.start(), extended.end())).isEqualTo("the treaty will be extended");
        assertThat(extended.hedgeBand()).isEqualTo(HedgeBand.VERY_LIKELY);
        assertThat(extended.horizonUntil()).isEqualTo(LocalDate.of(2021, 5, 31));
        assertThat(extended.links()).containsExactly(new SeedSet.LinkSeed(LinkKind.CONTRADICTS, "beta-sanctions-stay"));
        assertThat(extended.verdict().status()).isEqualTo(VerdictStatus.HELD);
        assertThat(extended.verdict().evidence()).singleElement()
                .satisfies(e -> assertThat(e.url()).isEqualTo("https://example.org/treaty"));
        assertThat(seeds.claims().get(1).horizonUntil()).isNull();
    }

    @Test
    void missingQuoteIsReportedWithFileLineAndClaim() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/alpha.yaml",
                "    quote: \"Talks will resume next year\"\n", "");
        assertThat(problems(fixture)).containsExactly("claims/alpha.yaml:27 (alpha-talks-resume): missing field 'quote'");
    }

    @Test
    void quoteNotInTheTextIsReported() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml",
                "sanctions will stay in place.", "sanctions will stay forever.");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:4 (beta-sanctions-stay): quote not found verbatim in beta.txt");
    }

    @Test
    void ambiguousQuoteNeedsAnOccurrence() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/alpha.yaml", "    occurrence: 2\n", "");
        assertThat(problems(fixture)).containsExactly("claims/alpha.yaml:4 (alpha-treaty-extended): quote occurs 2 "
                + "times in alpha.txt; add 'occurrence' (1 to 2) to pick one");
    }

    @Test
    void unknownThemeIsReported() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", "theme: sanctions", "theme: trade");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:8 (beta-sanctions-stay): unknown theme 'trade' (not in themes.yaml)");
    }

    @Test
    void duplicateIdAcrossFilesIsReported() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", "id: beta-sanctions-stay",
                "id: alpha-talks-resume");
        assertThat(problems(fixture)).containsExactly(
                "claims/alpha.yaml:17 (alpha-treaty-extended): link target 'beta-sanctions-stay' is not a known claim",
                "claims/beta.yaml:3 (alpha-talks-resume): duplicate claim id (first defined at claims/alpha.yaml:27)");
    }

    @Test
    void badDateIsReported() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", "date: 2025-01-01", "date: 2025-13-01");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:19 (beta-sanctions-stay): 'date' must be an ISO date (yyyy-mm-dd), not '2025-13-01'");
    }

    @Test
    void badStatusIsReported() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", "status: FAILED", "status: WRONG");
        assertThat(problems(fixture)).containsExactly("claims/beta.yaml:15 (beta-sanctions-stay): 'status' must be "
                + "one of [HELD, PARTIAL, FAILED, PENDING, UNRESOLVABLE], not 'WRONG'");
    }

    @Test
    void malformedYamlIsReportedWithItsLine() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", "    locator: Opening paragraphs",
                "    locator: [Opening paragraphs");
        assertThat(problems(fixture)).containsExactly("claims/beta.yaml:6: malformed YAML: expected ',' or ']', but got :");
    }

    @Test
    void verdictThatSaysWhatHappenedNeedsEvidence() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", """
                      evidence:
                        - date: 2025-01-01
                          summary: Sanctions were lifted.
                          source: Test wire
                """, "");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:15 (beta-sanctions-stay): a FAILED verdict needs at least one evidence item");
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        SeedFixture fixture = new SeedFixture(temp)
                .replace("claims/beta.yaml", "status: FAILED", "status: WRONG")
                .replace("claims/alpha.yaml", "claimId: beta-sanctions-stay", "claimId: nowhere")
                .replace("claims/alpha.yaml", "url: https://example.org/treaty", "url: not a url")
                .replace("themes.yaml", "    title: Sanctions\n", "");
        assertThat(problems(fixture)).containsExactly(
                "claims/alpha.yaml:17 (alpha-treaty-extended): link target 'nowhere' is not a known claim",
                "claims/alpha.yaml:26 (alpha-treaty-extended): 'url' must be an absolute http(s) address, not 'not a url'",
                "claims/beta.yaml:8 (beta-sanctions-stay): unknown theme 'sanctions' (not in themes.yaml)",
                "claims/beta.yaml:15 (beta-sanctions-stay): 'status' must be one of [HELD, PARTIAL, FAILED, PENDING, "
                        + "UNRESOLVABLE], not 'WRONG'",
                "themes.yaml:5 (sanctions): missing field 'title'");
    }

    @Test
    void typoInAFieldNameIsReported() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", "    attributedTo:", "    attributed:");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:3 (beta-sanctions-stay): missing field 'attributedTo'",
                "claims/beta.yaml:7 (beta-sanctions-stay): unknown field 'attributed' (expected one of: attributedTo, "
                        + "healthExceptions, hedge, horizon, id, links, locator, occurrence, quote, statement, theme, verdict)");
    }

    @Test
    void changedDocumentTextFailsItsChecksum() {
        SeedFixture fixture = new SeedFixture(temp).write("beta.txt", "Beta report, edited\n");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:4 (beta-sanctions-stay): quote not found verbatim in beta.txt",
                "documents.yaml:12 (beta): 'beta.txt' does not match its SHA-256 in SHA256SUMS (expected "
                        + "3a685d3df8dc3260afe0e2bc996196b20591070e06a04bc4f3cb65703f2d98fd, found "
                        + "15319e6944d5ed7470e274907a9051d445a12f3c9b988d5fd45635e2a5d3c4e9)");
    }

    @Test
    void overlongTextIsReportedInsteadOfFailingInTheDatabase() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml",
                "statement: Sanctions will stay in place.", "statement: " + "x".repeat(1001));
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:6 (beta-sanctions-stay): 'statement' must be at most 1000 characters, not 1001");
    }

    @Test
    void implausibleDateIsReported() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", "date: 2025-01-01", "date: 0025-01-01");
        assertThat(problems(fixture)).containsExactly("claims/beta.yaml:19 (beta-sanctions-stay): 'date' must be "
                + "between 1900-01-01 and 2100-12-31, not 0025-01-01");
    }

    @Test
    void everyDocumentMustBeListedInTheChecksums() {
        SeedFixture unlisted = new SeedFixture(temp).replace("SHA256SUMS",
                "3a685d3df8dc3260afe0e2bc996196b20591070e06a04bc4f3cb65703f2d98fd  beta.txt\n", "");
        assertThat(problems(unlisted)).containsExactly("documents.yaml:12 (beta): 'beta.txt' is not listed in "
                + "SHA256SUMS (add its SHA-256 so that the text can be checked)");
    }

    @Test
    void missingChecksumFileIsReported() throws Exception {
        SeedFixture fixture = new SeedFixture(temp);
        java.nio.file.Files.delete(fixture.dir.resolve("SHA256SUMS"));
        assertThat(problems(fixture)).contains(
                "SHA256SUMS: file is missing: it must list the SHA-256 of every document");
    }

    @Test
    void missingSeedsFolderIsReported() {
        assertThatThrownBy(() -> SeedReader.read(temp.resolve("nowhere")))
                .isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("the seeds folder does not exist");
    }

    @Test
    void messageListsEveryProblemWithoutAStackTrace() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", "status: FAILED", "status: WRONG");
        SeedValidationException failure = (SeedValidationException) org.junit.jupiter.api.Assertions
                .assertThrows(SeedValidationException.class, () -> SeedReader.read(fixture.dir));
        assertThat(failure.getMessage()).startsWith("The seed files in ").contains("are invalid (1 problem)")
                .endsWith("\n  claims/beta.yaml:15 (beta-sanctions-stay): 'status' must be one of [HELD, PARTIAL, "
                        + "FAILED, PENDING, UNRESOLVABLE], not 'WRONG'");
        assertThat(failure.getStackTrace()).isEmpty();
    }

    @Test
    void healthExceptionsAreReadOntoTheClaimAndOntoALink() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/alpha.yaml",
                "      - {kind: CONTRADICTS, claimId: beta-sanctions-stay}\n",
                "      - kind: CONTRADICTS\n        claimId: beta-sanctions-stay\n        healthExceptions:\n"
                        + "          - {rule: contradicts-same, note: Different windows.}\n");
        SeedSet seeds = SeedReader.read(fixture.dir);

        assertThat(seeds.claims()).filteredOn(claim -> claim.id().equals("alpha-treaty-extended")).singleElement()
                .satisfies(claim -> assertThat(claim.healthExceptions()).containsExactly(new SeedSet.ExplanationSeed(
                        "contradicts-same", "Different windows.", LinkKind.CONTRADICTS, "beta-sanctions-stay")));
        assertThat(seeds.claims()).filteredOn(claim -> claim.id().equals("alpha-talks-resume")).singleElement()
                .satisfies(claim -> assertThat(claim.healthExceptions()).singleElement()
                        .satisfies(exception -> {
                            assertThat(exception.rule()).isEqualTo("horizon-label-date");
                            assertThat(exception.linkKind()).isNull();
                        }));
    }

    @Test
    void unknownHealthRuleIsReportedWithItsLine() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/alpha.yaml", "rule: horizon-label-date",
                "rule: horizon-labels");
        assertThat(problems(fixture)).containsExactly("claims/alpha.yaml:43 (alpha-talks-resume): unknown health "
                + "rule 'horizon-labels' (expected one of: pending-past-horizon, resolved-before-horizon, "
                + "horizon-label-date, horizon-label-verdict, evidence-after-verdict, evidence-before-document)");
    }

    @Test
    void healthExceptionInTheWrongPlaceOrWithoutANoteIsReported() {
        SeedFixture onClaim = new SeedFixture(temp.resolve("a")).replace("claims/alpha.yaml",
                "rule: horizon-label-date", "rule: restates-opposite");
        assertThat(problems(onClaim)).containsExactly("claims/alpha.yaml:43 (alpha-talks-resume): health rule "
                + "'restates-opposite' is recorded on the link, not on the claim");

        SeedFixture ledgerRule = new SeedFixture(temp.resolve("b")).replace("claims/alpha.yaml",
                "rule: horizon-label-date", "rule: theme-without-claim");
        assertThat(problems(ledgerRule)).containsExactly("claims/alpha.yaml:43 (alpha-talks-resume): health rule "
                + "'theme-without-claim' is about the ledger as a whole and cannot be explained away");

        SeedFixture noNote = new SeedFixture(temp.resolve("c")).replace("claims/alpha.yaml",
                "        note: Fixture exception.", "        nota: Fixture exception.");
        assertThat(problems(noNote)).contains("claims/alpha.yaml:43 (alpha-talks-resume): missing field 'note'");
    }

    @Test
    void misspelledKeyInAVerdictIsRefusedNamingFileLineAndKey() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", "      rationale:", "      rationel:");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:15 (beta-sanctions-stay): missing field 'rationale'",
                "claims/beta.yaml:17 (beta-sanctions-stay): unknown field 'rationel' (expected one of: asOf, evidence, "
                        + "rationale, status)");
    }

    @Test
    void misspelledKeyInAnEvidenceItemIsRefusedNamingFileLineAndKey() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", "          source:", "          sorce:");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:19 (beta-sanctions-stay): missing field 'source'",
                "claims/beta.yaml:21 (beta-sanctions-stay): unknown field 'sorce' (expected one of: date, source, "
                        + "summary, url)");
    }

    @Test
    void misspelledKeyInAHedgeIsRefusedNamingFileLineAndKey() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/beta.yaml", "      band: LIKELY", "      bnad: LIKELY");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:12 (beta-sanctions-stay): missing field 'band'",
                "claims/beta.yaml:13 (beta-sanctions-stay): unknown field 'bnad' (expected one of: band, words)");
    }

    @Test
    void misspelledKeyInAHorizonIsRefusedNamingFileLineAndKey() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/alpha.yaml", "      until:", "      untill:");
        assertThat(problems(fixture)).containsExactly(
                "claims/alpha.yaml:12 (alpha-treaty-extended): unknown field 'untill' (expected one of: label, until)");
    }

    @Test
    void misspelledKeyInALinkIsRefusedNamingFileLineAndKey() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/alpha.yaml", "claimId: beta-sanctions-stay",
                "claim: beta-sanctions-stay");
        assertThat(problems(fixture)).containsExactly(
                "claims/alpha.yaml:17 (alpha-treaty-extended): unknown field 'claim' (expected one of: claimId, "
                        + "healthExceptions, kind)",
                "claims/alpha.yaml:17 (alpha-treaty-extended): missing field 'claimId'");
    }

    @Test
    void misspelledKeyInAThemeIsRefusedNamingFileLineAndKey() {
        SeedFixture fixture = new SeedFixture(temp).replace("themes.yaml", "    description: Economic",
                "    descripton: Economic");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:8 (beta-sanctions-stay): unknown theme 'sanctions' (not in themes.yaml)",
                "themes.yaml:5 (sanctions): missing field 'description'",
                "themes.yaml:7 (sanctions): unknown field 'descripton' (expected one of: description, id, title)");
    }

    @Test
    void misspelledKeyInADocumentIsRefusedNamingFileLineAndKey() {
        SeedFixture fixture = new SeedFixture(temp).replace("documents.yaml", "    outlet: Test wire",
                "    outlett: Test wire");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:1: unknown document 'beta' (not in documents.yaml)",
                "documents.yaml:11 (beta): missing field 'outlet'",
                "documents.yaml:17 (beta): unknown field 'outlett' (expected one of: author, datingNote, file, id, "
                        + "kind, outlet, publishedOn, title, year)");
    }

    @Test
    void misspelledKeyInAHealthExceptionIsRefusedNamingFileLineAndKey() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/alpha.yaml", "        note: Fixture",
                "        notes: Fixture");
        assertThat(problems(fixture)).containsExactly(
                "claims/alpha.yaml:43 (alpha-talks-resume): missing field 'note'",
                "claims/alpha.yaml:44 (alpha-talks-resume): unknown field 'notes' (expected one of: note, rule)");
    }

    @Test
    void unknownTopLevelKeyOfEverySeedFileIsRefused() {
        SeedFixture fixture = new SeedFixture(temp)
                .write("themes.yaml", read(SeedFixture.SOURCE.resolve("themes.yaml")) + "theme: x\n")
                .write("documents.yaml", read(SeedFixture.SOURCE.resolve("documents.yaml")) + "document: x\n")
                .replace("claims/beta.yaml", "document: beta\n", "document: beta\nclaim: x\n");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:2: unknown field 'claim' (expected one of: claims, document)",
                "documents.yaml:20: unknown field 'document' (expected one of: documents)",
                "themes.yaml:8: unknown field 'theme' (expected one of: themes)");
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alpha-talks", "alpha_talks", "alpha talks", "alpha--talks", "-alpha", "alpha-", "älpha",
            "alpha.talks"})
    void claimIdThatIsNotASlugIsRefusedWithTheRule(String id) {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/alpha.yaml", "id: alpha-talks-resume",
                "id: \"" + id + "\"");
        assertThat(problems(fixture)).containsExactly("claims/alpha.yaml:27: 'id' must be a slug of lower-case "
                + "letters, digits and hyphens, not '" + id + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "talks-2027-resume", "x1-y2-z3"})
    void claimIdOfLowerCaseLettersDigitsAndSingleHyphensIsAccepted(String id) {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/alpha.yaml", "id: alpha-talks-resume",
                "id: \"" + id + "\"");
        assertThat(SeedReader.read(fixture.dir).claims()).extracting(ClaimSeed::id)
                .containsExactly("alpha-treaty-extended", id, "beta-sanctions-stay");
    }

    @Test
    void claimIdLongerThan120CharactersIsRefused() {
        SeedFixture fixture = new SeedFixture(temp).replace("claims/alpha.yaml", "id: alpha-talks-resume",
                "id: " + "a".repeat(121));
        assertThat(problems(fixture)).containsExactly(
                "claims/alpha.yaml:27: 'id' must be at most 120 characters, not 121");
        SeedFixture longest = new SeedFixture(temp.resolve("longest")).replace("claims/alpha.yaml",
                "id: alpha-talks-resume", "id: " + "a".repeat(120));
        assertThat(SeedReader.read(longest.dir).claims()).hasSize(3);
    }

    @Test
    void duplicateThemeIdIsRefused() {
        SeedFixture fixture = new SeedFixture(temp).replace("themes.yaml", "  - id: sanctions", "  - id: arms-control");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:8 (beta-sanctions-stay): unknown theme 'sanctions' (not in themes.yaml)",
                "themes.yaml:5 (arms-control): duplicate theme id");
    }

    @Test
    void duplicateDocumentIdIsRefused() {
        SeedFixture fixture = new SeedFixture(temp).replace("documents.yaml", "  - id: beta", "  - id: alpha");
        assertThat(problems(fixture)).containsExactly(
                "claims/beta.yaml:1: unknown document 'beta' (not in documents.yaml)",
                "documents.yaml:11 (alpha): duplicate document id");
    }
}
