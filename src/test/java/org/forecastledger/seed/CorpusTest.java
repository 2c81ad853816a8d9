package org.forecastledger.seed;

import org.forecastledger.seed.SeedSet.ClaimSeed;
import org.forecastledger.seed.SeedSet.DocumentSeed;
import org.forecastledger.verdict.VerdictStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The real corpus in seeds/: it loads, and every claim is anchored, judged and linked as the rules say. */
class CorpusTest {

    static SeedSet corpus;
    static Map<String, DocumentSeed> documents;

    @BeforeAll
    static void load() {
        corpus = SeedReader.read(Paths.get("seeds"));
        documents = corpus.documents().stream().collect(Collectors.toMap(DocumentSeed::id, Function.identity()));
    }

    @Test
    void holdsTheFiveDocumentsInTheThreeYearColumns() {
        assertThat(corpus.documents()).hasSize(5);
        assertThat(corpus.documents()).extracting(DocumentSeed::year).containsOnly(2020, 2021, 2024);
        assertThat(corpus.documents().stream().map(DocumentSeed::year).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(2020, 2021, 2024);
    }

    @Test
    void everyDocumentHasClaimsAndTheCorpusHasWellOverAHundred() {
        Map<String, Long> perDocument = corpus.claims().stream()
                .collect(Collectors.groupingBy(ClaimSeed::documentId, Collectors.counting()));
        assertThat(perDocument.keySet()).containsExactlyInAnyOrderElementsOf(documents.keySet());
        assertThat(perDocument.values()).allMatch(count -> count >= 3);
        assertThat(corpus.claims()).hasSizeGreaterThan(150);
    }

    @Test
    void everyQuoteResolvesToItsExactWords() {
        for (ClaimSeed claim : corpus.claims()) {
            String text = documents.get(claim.documentId()).text();
            assertThat(text.substring(claim.start(), claim.end())).as(claim.id()).isEqualTo(claim.quote());
        }
    }

    @Test
    void everyVerdictThatSaysWhatHappenedHasDatedEvidence() {
        for (ClaimSeed claim : corpus.claims()) {
            if (claim.verdict().status().resolved) {
                assertThat(claim.verdict().evidence()).as(claim.id()).isNotEmpty()
                        .allSatisfy(evidence -> {
                            assertThat(evidence.date()).isNotNull();
                            assertThat(evidence.source()).isNotBlank();
                        });
            }
            assertThat(claim.verdict().rationale()).as(claim.id()).hasSizeGreaterThan(40);
        }
    }

    @Test
    void everyLinkJoinsClaimsOfDifferentDocuments() {
        Map<String, ClaimSeed> byId = corpus.claims().stream()
                .collect(Collectors.toMap(ClaimSeed::id, Function.identity()));
        for (ClaimSeed claim : corpus.claims()) {
            for (SeedSet.LinkSeed link : claim.links()) {
                assertThat(byId).as(claim.id() + " → " + link.claimId()).containsKey(link.claimId());
                assertThat(byId.get(link.claimId()).documentId()).as(claim.id() + " → " + link.claimId())
                        .isNotEqualTo(claim.documentId());
            }
        }
    }

    @Test
    void everyVerdictIsDatedNoLaterThanTheCorpusDate() {
        assertThat(corpus.claims()).allSatisfy(claim ->
                assertThat(claim.verdict().asOf()).as(claim.id()).isBeforeOrEqualTo("2026-11-22"));
        Set<VerdictStatus> used = corpus.claims().stream().map(claim -> claim.verdict().status())
                .collect(Collectors.toSet());
        assertThat(used).contains(VerdictStatus.HELD, VerdictStatus.FAILED, VerdictStatus.PENDING);
    }
}
