package org.forecastledger.review;

import org.forecastledger.seed.SeedReader;
import org.forecastledger.seedformat.SeedWriter;
import org.forecastledger.seedformat.VerdictReader;
import org.forecastledger.seedformat.YamlScalar;
import org.forecastledger.seedformat.SeedSet;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.verdict.EvidenceItem;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed patch on the real corpus: git apply accepts it, the verdict reads back exactly, nothing else moves. */
class SeedPatchTest {

    static final NewVerdict AWKWARD = new NewVerdict(VerdictStatus.PARTIAL, LocalDate.of(2026, 11, 30),
            "Line one: \"quoted\", # not a comment,\n- not a list\t'single' \\ backslash — Україна 😀 & <b>",
            List.of(new EvidenceItem(LocalDate.of(2026, 5, 1), "Summary: with colon", "Source #1 [x]",
                    "https://example.org/a?b=c&d=e"), new EvidenceItem(LocalDate.of(2026, 5, 2), "yes", "no", null)));

    @Test
    void aReplacedVerdictBlockAppliesAndReadsBackWithEveryOtherClaimUnchanged(@TempDir Path temp) throws Exception {
        Path seeds = Path.of("seeds");
        String file = "claims/asia-times-tepid-welcome-2024.yaml";
        String text = Files.readString(seeds.resolve(file), StandardCharsets.UTF_8);
        List<String> lines = UnifiedDiff.lines(text);
        SeedSet before = SeedReader.read(seeds);
        List<ClaimSeed> inFile = before.claims().stream()
                .filter(claim -> claim.documentId().equals("asia-times-tepid-welcome-2024")).toList();
        List<String> changed = List.of(inFile.get(0).id(), inFile.get(1).id(), inFile.get(inFile.size() - 1).id());
        List<UnifiedDiff.Replacement> replacements = new ArrayList<>();
        for (String id : changed) {
            VerdictReader.Located located = VerdictReader.locate(text, id).orElseThrow();
            assertThat(located.verdict()).as("reads the seed verdict of " + id)
                    .isEqualTo(before.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().verdict());
            replacements.add(new UnifiedDiff.Replacement(located.line(),
                    SeedPatch.blockEnd(lines, located.line(), located.column()),
                    SeedWriter.verdictBlock(AWKWARD, located.column()).stream().map(line -> line + "\n").toList()));
        }
        String patch = "A preamble line, ignored by git apply.\n\n" + UnifiedDiff.of("seeds/" + file, lines, replacements);

        GitApply.copy(seeds, temp.resolve("seeds"));
        GitApply.apply(temp, patch);

        SeedSet after = SeedReader.read(temp.resolve("seeds"));
        assertThat(after.claims()).hasSameSizeAs(before.claims());
        for (int i = 0; i < before.claims().size(); i++) {
            ClaimSeed was = before.claims().get(i);
            ClaimSeed now = after.claims().get(i);
            if (changed.contains(was.id())) {
                assertThat(now.verdict()).isEqualTo(AWKWARD);
                assertThat(now.verdict().fingerprint()).isEqualTo(AWKWARD.fingerprint());
                assertThat(now).usingRecursiveComparison().ignoringFields("verdict").isEqualTo(was);
            } else {
                assertThat(now).isEqualTo(was);
            }
        }
    }

    @Test
    void theSeedsFolderIsNamedAsConfiguredWhenRelative() {
        assertThat(SeedPatch.prefix(Path.of("seeds"))).isEqualTo("seeds");
        assertThat(SeedPatch.prefix(Path.of("src/test/resources/seed-fixture/"))).isEqualTo("src/test/resources/seed-fixture");
        assertThat(SeedPatch.prefix(Path.of("/srv/ledger/seeds"))).isEqualTo("seeds");
    }

    @Test
    void aQuotedScalarEscapesWhatYamlCannotHoldRaw() {
        assertThat(YamlScalar.quoted("a\"b\\c\nd\u0007\u2028")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0007\\u2028\"");
    }

    @Test
    void theDiffOfDecisionsAppliesToTheSeedFileAndNamesWhatItLeftOut(@TempDir Path temp) throws Exception {
        Path seeds = Path.of("seeds");
        String file = "claims/asia-times-tepid-welcome-2024.yaml";
        String text = Files.readString(seeds.resolve(file), StandardCharsets.UTF_8);
        SeedSet before = SeedReader.read(seeds);
        List<ClaimSeed> inFile = before.claims().stream()
                .filter(claim -> claim.documentId().equals("asia-times-tepid-welcome-2024")).toList();
        ClaimSeed first = inFile.get(0);
        ClaimSeed last = inFile.get(inFile.size() - 1);
        ClaimSeed unchanged = inFile.get(1);
        Map<String, NewVerdict> decisions = new TreeMap<>(Map.of(last.id(), AWKWARD, first.id(), AWKWARD,
                unchanged.id(), unchanged.verdict(), "no-such-claim", AWKWARD));
        List<String> notes = new ArrayList<>();

        String diff = SeedPatch.diff("seeds", file, text, decisions, notes);

        assertThat(notes).containsExactly("no-such-claim is not in " + file + "; left out");
        assertThat(diff).startsWith("diff --git a/seeds/" + file + " b/seeds/" + file + "\n--- a/seeds/" + file
                + "\n+++ b/seeds/" + file + "\n");
        assertThat(diff.split("\n@@ ", -1)).as("one hunk per changed block").hasSize(3);
        GitApply.copy(seeds, temp.resolve("seeds"));
        GitApply.apply(temp, diff);
        SeedSet after = SeedReader.read(temp.resolve("seeds"));
        for (int i = 0; i < before.claims().size(); i++) {
            ClaimSeed was = before.claims().get(i);
            boolean decided = was.id().equals(first.id()) || was.id().equals(last.id());
            assertThat(after.claims().get(i).verdict()).as(was.id()).isEqualTo(decided ? AWKWARD : was.verdict());
        }
    }

    @Test
    void decisionsTheSeedFileAlreadySaysGiveNoDiff() {
        String text = """
                claims:
                  - id: a-claim
                    statement: "S"
                    verdict:
                      status: HELD
                      asOf: 2026-05-01
                      rationale: "R"
                      evidence:
                        - date: 2026-04-01
                          summary: "E"
                          source: "Src"
                """;
        NewVerdict same = new NewVerdict(VerdictStatus.HELD, LocalDate.of(2026, 5, 1), "R",
                List.of(new EvidenceItem(LocalDate.of(2026, 4, 1), "E", "Src", null)));
        List<String> notes = new ArrayList<>();
        assertThat(SeedPatch.diff("seeds", "claims/x.yaml", text, Map.of("a-claim", same), notes)).isEmpty();
        assertThat(notes).isEmpty();
    }

    @Test
    void aBlockAtTheEndOfAFileWithoutNewlineKeepsTheFileWithoutOneAndCrLfStaysCrLf(@TempDir Path temp)
            throws Exception {
        String text = "claims:\r\n  - id: a-claim\r\n    statement: \"S\"\r\n    verdict:\r\n      status: PENDING\r\n"
                + "      asOf: 2026-05-01\r\n      rationale: \"R\"";
        NewVerdict decided = new NewVerdict(VerdictStatus.FAILED, LocalDate.of(2026, 6, 1), "Did not happen",
                List.of(new EvidenceItem(LocalDate.of(2026, 5, 30), "E", "Src", null)));
        String diff = SeedPatch.diff("seeds", "claims/x.yaml", text, Map.of("a-claim", decided), new ArrayList<>());
        Files.createDirectories(temp.resolve("seeds/claims"));
        Files.writeString(temp.resolve("seeds/claims/x.yaml"), text, StandardCharsets.UTF_8);
        GitApply.apply(temp, diff);
        String patched = Files.readString(temp.resolve("seeds/claims/x.yaml"), StandardCharsets.UTF_8);
        assertThat(patched).startsWith("claims:\r\n  - id: a-claim\r\n    statement: \"S\"\r\n    verdict:\r\n")
                .contains("status: FAILED\r\n").contains("\"Did not happen\"").doesNotEndWith("\n")
                .doesNotContain("PENDING");
        assertThat(patched.replace("\r\n", "")).doesNotContain("\n");
    }
}
