package org.forecastledger.seed;

import org.forecastledger.seedformat.SeedSet;
import org.forecastledger.health.Finding;
import org.forecastledger.health.HealthCheck;
import org.forecastledger.health.LedgerSnapshot;
import org.forecastledger.health.LedgerSnapshot.ClaimFacts;
import org.forecastledger.health.LedgerSnapshot.DocumentFacts;
import org.forecastledger.health.LedgerSnapshot.Explanation;
import org.forecastledger.health.LedgerSnapshot.LinkFacts;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.seedformat.SeedSet.DocumentSeed;
import org.forecastledger.verdict.EvidenceItem;
import org.forecastledger.verdict.VerdictStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    void everyVerdictIsDatedNoLaterThanTheLastCurrencyPass() {
        assertThat(corpus.claims()).isNotEmpty().allSatisfy(claim ->
                assertThat(claim.verdict().asOf()).as(claim.id()).isBeforeOrEqualTo(CHECKED_ON));
        Set<VerdictStatus> used = corpus.claims().stream().map(claim -> claim.verdict().status())
                .collect(Collectors.toSet());
        assertThat(used).contains(VerdictStatus.HELD, VerdictStatus.FAILED, VerdictStatus.PENDING);
    }

    /** The day of the last currency pass; pinned so that a horizon running out later shows on the page, not here. */
    static final LocalDate CHECKED_ON = LocalDate.of(2026, 11, 30);

    @Test
    void theRealLedgerHasNoUnexplainedHealthFinding() {
        List<Finding> findings = HealthCheck.run(snapshot(corpus), CHECKED_ON);

        assertThat(findings.stream().filter(finding -> !finding.explained())
                .map(finding -> finding.rule() + " " + finding.claimIds() + ": " + finding.explanation()))
                .isEmpty();
        assertThat(findings).allSatisfy(finding -> assertThat(finding.acceptedNote()).hasSizeGreaterThan(30));
    }

    /** The seed set as the health checks see it, the same facts HealthService reads from the database. */
    static LedgerSnapshot snapshot(SeedSet seeds) {
        List<ClaimFacts> claims = seeds.claims().stream().map(claim -> new ClaimFacts(claim.id(), claim.documentId(),
                claim.themeId(), claim.horizonLabel(), claim.horizonUntil(), claim.verdict().status(),
                claim.verdict().asOf(), claim.verdict().rationale(),
                claim.verdict().evidence().stream().map(EvidenceItem::date).toList(),
                claim.healthExceptions().stream().filter(exception -> exception.linkKind() == null)
                        .map(exception -> new Explanation(exception.rule(), exception.note())).toList()))
                .toList();
        List<LinkFacts> links = seeds.claims().stream().flatMap(claim -> claim.links().stream()
                .map(link -> new LinkFacts(claim.id(), link.kind(), link.claimId(), claim.healthExceptions().stream()
                        .filter(exception -> exception.linkKind() == link.kind()
                                && Objects.equals(exception.linkClaimId(), link.claimId()))
                        .map(exception -> new Explanation(exception.rule(), exception.note())).toList())))
                .toList();
        return new LedgerSnapshot(seeds.documents().stream()
                .map(document -> new DocumentFacts(document.id(), document.year(), document.publishedOn())).toList(),
                seeds.themes().stream().map(SeedSet.ThemeSeed::id).toList(), claims, links);
    }
}
