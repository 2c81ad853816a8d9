package org.forecastledger.seedformat;

import org.forecastledger.seed.SeedReader;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.seedformat.SeedSet.DocumentSeed;
import org.forecastledger.verdict.EvidenceItem;
import org.forecastledger.verdict.NewVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed format, tested once: what SeedWriter writes, the seed loader's reader (with its health rules) accepts
 * and reads back to equal records; and every awkward text survives the one escaping exactly.
 */
class SeedFormatRoundTripTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path FIXTURE = Path.of("src/test/resources/seed-fixture");

    /** Texts a plain YAML scalar would misread, cut short or refuse. */
    private static final List<String> AWKWARD = List.of("key: value", "a # not a comment", "#hash first",
            "\"double\" and 'single' quotes", "- leading dash", "yes", "no", "null", "~", "true", "123", "1.5e3",
            "0x1F", "2024-01-01", "multi\nline\n  text", "Ünïcødé — 中文 — 😀", "tab\there", "back\\slash",
            "[flow]", "{flow: map}", "&anchor", "*alias", "!tag", "%directive", "@at", "`backtick", "|", ">", "?",
            "C1 \u0080 and NEL \u0085 and \u009F", "line\u2028separator", "carriage\r\nreturn", "bell \u0007");

    @Test
    void theRealSeedsReadBackAsTheSameRecords(@TempDir Path temp) throws IOException {
        SeedSet seeds = SeedReader.read(SEEDS);
        SeedWriter.write(seeds, temp);
        SeedSet again = SeedReader.read(temp);
        assertThat(again.claims()).hasSameSizeAs(seeds.claims()).isNotEmpty();
        assertThat(again).isEqualTo(seeds);
    }

    @Test
    void theFixtureReadsBackAsTheSameRecordsAndIsWrittenTheSameTwice(@TempDir Path temp) throws IOException {
        SeedSet seeds = SeedReader.read(FIXTURE);
        SeedWriter.write(seeds, temp.resolve("once"));
        SeedSet again = SeedReader.read(temp.resolve("once"));
        assertThat(again).isEqualTo(seeds);
        SeedWriter.write(again, temp.resolve("twice"));
        for (String file : List.of("themes.yaml", "documents.yaml", "SHA256SUMS", "claims/alpha.yaml")) {
            assertThat(temp.resolve("twice").resolve(file)).hasSameTextualContentAs(temp.resolve("once").resolve(file));
        }
    }

    @Test
    void awkwardTextsInEveryFieldReadBackExactly(@TempDir Path temp) throws IOException {
        SeedSet fixture = SeedReader.read(FIXTURE);
        List<ClaimSeed> claims = new ArrayList<>();
        for (int i = 0; i < fixture.claims().size(); i++) {
            claims.add(awkward(fixture.claims().get(i), i));
        }
        DocumentSeed first = fixture.documents().get(0);
        DocumentSeed renamed = new DocumentSeed(first.id(), first.fileName(), AWKWARD.get(0), first.year(),
                first.kind(), AWKWARD.get(3), AWKWARD.get(15), first.publishedOn(), AWKWARD.get(14), first.sha256(),
                first.text());
        List<DocumentSeed> documents = new ArrayList<>(fixture.documents());
        documents.set(0, renamed);
        SeedSet seeds = new SeedSet(fixture.themes(), documents, claims);

        SeedWriter.write(seeds, temp);

        assertThat(SeedReader.read(temp)).isEqualTo(seeds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " leading and trailing spaces ", "  ", "\n", "key: value", "a # b", "#", "'", "\"",
            "- x", "yes", "No", "NULL", "on", "off", "42", "-7", "3.14", ".inf", "2024-05-06", "12:30:00", "é 😀 中",
            "\\", "\u0000", "\u0085", "\u00A0non-breaking", "\uFEFFbom", "a\u2029b", "\ttab"})
    void aQuotedScalarReadsBackExactly(String text) {
        assertThat(readBack(YamlScalar.quoted(text))).isEqualTo(text);
    }

    @Test
    void everyAwkwardTextReadsBackExactlyAndOnOneLine() {
        for (String text : AWKWARD) {
            String quoted = YamlScalar.quoted(text);
            assertThat(quoted).as(text).doesNotContain("\n", "\r", "\u0085", "\u2028");
            assertThat(readBack(quoted)).as(text).isEqualTo(text);
        }
    }

    @Test
    void onlyWhatYamlForbidsIsEscaped() {
        assertThat(YamlScalar.quoted("a\"b\\c\nd\re\tf")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\"");
        assertThat(YamlScalar.quoted("\u0007\u0085\u2028\uFEFF")).isEqualTo("\"\\u0007\\u0085\\u2028\\uFEFF\"");
        assertThat(YamlScalar.quoted("Ünïcødé 😀 # : -")).isEqualTo("\"Ünïcødé 😀 # : -\"");
    }

    /** The value of {@code value: <quoted>} as SnakeYAML reads it from a UTF-8 file. */
    private static String readBack(String quoted) {
        byte[] file = ("value: " + quoted + "\n").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> map = new Yaml().load(new String(file, StandardCharsets.UTF_8));
        return (String) map.get("value");
    }

    /** The claim with an awkward text in each free-text field (trimmed, as the reader trims). */
    private static ClaimSeed awkward(ClaimSeed claim, int i) {
        String text = AWKWARD.get(i % AWKWARD.size()).strip();
        NewVerdict verdict = claim.verdict();
        List<EvidenceItem> evidence = verdict.evidence().stream().map(item -> new EvidenceItem(item.date(),
                AWKWARD.get(5), AWKWARD.get(15), item.url())).toList();
        return new ClaimSeed(claim.id(), claim.documentId(), claim.themeId(), claim.position(), claim.quote(),
                claim.occurrence(), claim.start(), claim.end(), AWKWARD.get(1), text, AWKWARD.get(4), AWKWARD.get(13),
                claim.horizonUntil(), AWKWARD.get(6), claim.hedgeBand(), claim.links(),
                new NewVerdict(verdict.status(), verdict.asOf(), AWKWARD.get(14), evidence),
                claim.healthExceptions());
    }
}
