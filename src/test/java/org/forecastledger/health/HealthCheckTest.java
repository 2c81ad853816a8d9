package org.forecastledger.health;

import org.forecastledger.claim.LinkKind;
import org.forecastledger.health.LedgerSnapshot.ClaimFacts;
import org.forecastledger.health.LedgerSnapshot.DocumentFacts;
import org.forecastledger.health.LedgerSnapshot.Explanation;
import org.forecastledger.health.LedgerSnapshot.LinkFacts;
import org.forecastledger.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forecastledger.verdict.VerdictStatus.FAILED;
import static org.forecastledger.verdict.VerdictStatus.HELD;
import static org.forecastledger.verdict.VerdictStatus.PENDING;

/** Each ledger-health rule against small hand-made ledgers: it fires on the case it names and stays quiet otherwise. */
class HealthCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    static final DocumentFacts DOC_A = new DocumentFacts("a", 2021, LocalDate.of(2021, 1, 15));
    static final DocumentFacts DOC_B = new DocumentFacts("b", 2024, LocalDate.of(2024, 11, 7));

    static ClaimFacts claim(String id, String document, String label, LocalDate until, VerdictStatus status,
            String rationale, List<LocalDate> evidence, Explanation... exceptions) {
        return new ClaimFacts(id, document, "theme", label, until, status, AS_OF, rationale, evidence,
                List.of(exceptions));
    }

    static ClaimFacts dated(String id, String document, VerdictStatus status, LocalDate... evidence) {
        return claim(id, document, "Biden term (to 2025-01-20)", LocalDate.of(2025, 1, 20), status, "Judged.",
                List.of(evidence));
    }

    /** The claims' ledger; only the documents they belong to, so that the ledger-wide rules stay quiet. */
    static List<Finding> run(List<ClaimFacts> claims, LinkFacts... links) {
        List<DocumentFacts> documents = List.of(DOC_A, DOC_B).stream()
                .filter(document -> claims.stream().anyMatch(claim -> claim.documentId().equals(document.id())))
                .toList();
        return HealthCheck.run(new LedgerSnapshot(documents, List.of("theme"), claims, List.of(links)), TODAY);
    }

    static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    static LinkFacts link(String from, LinkKind kind, String to, Explanation... exceptions) {
        return new LinkFacts(from, kind, to, List.of(exceptions));
    }

    @Test
    void restatingClaimsWithOppositeOutcomesAreFoundAndAnExplanationOnTheLinkAcceptsThem() {
        List<ClaimFacts> claims = List.of(dated("x", "a", HELD, LocalDate.of(2022, 1, 1)),
                dated("y", "b", FAILED, LocalDate.of(2025, 1, 1)));

        List<Finding> found = run(claims, link("y", LinkKind.RESTATES, "x"));
        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("restates-opposite");
            assertThat(finding.claimIds()).containsExactly("y", "x");
            assertThat(finding.explained()).isFalse();
        });

        List<Finding> explained = run(claims, link("y", LinkKind.RESTATES, "x",
                new Explanation("restates-opposite", "Different horizons.")));
        assertThat(explained).singleElement().satisfies(finding -> {
            assertThat(finding.explained()).isTrue();
            assertThat(finding.acceptedNote()).isEqualTo("Different horizons.");
        });
        assertThat(run(claims, link("y", LinkKind.FOLLOWS_UP, "x"))).isEmpty();
    }

    @Test
    void contradictingClaimsThatBothHoldOrBothFailAreFound() {
        assertThat(rules(run(List.of(dated("x", "a", FAILED, LocalDate.of(2022, 1, 1)),
                dated("y", "b", FAILED, LocalDate.of(2025, 1, 1))), link("x", LinkKind.CONTRADICTS, "y"))))
                .containsExactly("contradicts-same");
        assertThat(run(List.of(dated("x", "a", HELD, LocalDate.of(2022, 1, 1)),
                dated("y", "b", FAILED, LocalDate.of(2025, 1, 1))), link("x", LinkKind.CONTRADICTS, "y"))).isEmpty();
    }

    @Test
    void linkedClaimsSettledAndPendingOnTheSameEventAreFound() {
        LocalDate event = LocalDate.of(2025, 2, 18);
        ClaimFacts settled = claim("x", "b", "Trump's second term", LocalDate.of(2029, 1, 20), HELD,
                "Already settled by the Riyadh talks.", List.of(event));
        ClaimFacts pending = claim("y", "b", "Trump's second term", LocalDate.of(2029, 1, 20), PENDING,
                "Not yet known.", List.of(event));

        assertThat(rules(run(List.of(settled, pending), link("y", LinkKind.FOLLOWS_UP, "x"))))
                .containsExactly("linked-event-split");
        ClaimFacts otherEvent = claim("y", "b", "Trump's second term", LocalDate.of(2029, 1, 20), PENDING,
                "Not yet known.", List.of(event.plusDays(1)));
        assertThat(run(List.of(settled, otherEvent), link("y", LinkKind.FOLLOWS_UP, "x"))).isEmpty();
    }

    @Test
    void pendingClaimWhoseHorizonHasPassedIsFound() {
        ClaimFacts overdue = claim("x", "a", "By 2024", LocalDate.of(2024, 12, 31), PENDING, "Not known.", List.of());
        ClaimFacts due = claim("y", "a", "By 2026", TODAY, PENDING, "Not known.", List.of());

        assertThat(run(List.of(overdue, due))).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("pending-past-horizon");
            assertThat(finding.claimIds()).containsExactly("x");
        });
    }

    @Test
    void verdictBeforeItsHorizonMustSayItIsAlreadySettled() {
        LocalDate term = LocalDate.of(2029, 1, 20);
        ClaimFacts silent = claim("x", "b", "Trump's second term (to 2029-01-20)", term, HELD, "It happened.",
                List.of(LocalDate.of(2025, 3, 3)));
        ClaimFacts says = claim("y", "b", "Trump's second term (to 2029-01-20)", term, HELD,
                "The claim is Already Settled: it happened.", List.of(LocalDate.of(2025, 3, 3)));

        assertThat(run(List.of(silent, says))).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("resolved-before-horizon");
            assertThat(finding.claimIds()).containsExactly("x");
        });
    }

    @Test
    void horizonLabelThatDisagreesWithItsDateIsFound() {
        assertThat(HealthCheck.labelDateProblem("Open-ended", LocalDate.of(2025, 1, 20))).isPresent();
        assertThat(HealthCheck.labelDateProblem("By 2024", LocalDate.of(2025, 6, 30))).get().asString()
                .contains("names 2024");
        assertThat(HealthCheck.labelDateProblem("Until the election", null)).isPresent();
        assertThat(HealthCheck.labelDateProblem("Biden term (2021-01-20 – 2025-01-20)", LocalDate.of(2025, 1, 20)))
                .isEmpty();
        assertThat(HealthCheck.labelDateProblem("Open-ended, judged as of 2026-11-22", null)).isEmpty();
        assertThat(HealthCheck.labelDateProblem("Soon, judged as of 2026-11-22 (to 2025-06-30)",
                LocalDate.of(2025, 6, 30))).isEmpty();
    }

    @Test
    void openEndedClaimFailedWithoutASettlingEventIsFound() {
        ClaimFacts failed = claim("x", "a", "Open-ended", null, FAILED, "Not yet happened.",
                List.of(LocalDate.of(2024, 5, 7)));
        ClaimFacts settled = claim("y", "a", "Open-ended", null, FAILED, "Already settled: the opposite happened.",
                List.of(LocalDate.of(2024, 5, 7)));
        ClaimFacts held = claim("z", "a", "Open-ended", null, HELD, "It happened.", List.of(LocalDate.of(2024, 5, 7)));

        assertThat(run(List.of(failed, settled, held))).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("horizon-label-verdict");
            assertThat(finding.claimIds()).containsExactly("x");
        });
    }

    @Test
    void evidenceOutsideItsVerdictOrOlderThanTheDocumentIsFoundAndAClaimExceptionAcceptsIt() {
        ClaimFacts late = dated("x", "a", HELD, AS_OF.plusDays(1));
        ClaimFacts early = dated("y", "a", HELD, LocalDate.of(2020, 12, 31));
        ClaimFacts background = claim("z", "a", "Open-ended", null, PENDING, "Not known.",
                List.of(LocalDate.of(2020, 12, 31)));

        assertThat(rules(run(List.of(late, early, background))))
                .containsExactly("evidence-after-verdict", "evidence-before-document");
        ClaimFacts accepted = claim("y", "a", "Biden term (to 2025-01-20)", LocalDate.of(2025, 1, 20), HELD,
                "Judged.", List.of(LocalDate.of(2020, 12, 31)),
                new Explanation("evidence-before-document", "Context only."));
        assertThat(run(List.of(accepted))).singleElement().satisfies(finding -> assertThat(finding.explained()).isTrue());
    }

    @Test
    void themesYearsAndDocumentsWithoutClaimsAreFound() {
        LedgerSnapshot ledger = new LedgerSnapshot(List.of(DOC_A, DOC_B), List.of("theme", "empty"),
                List.of(dated("x", "a", HELD, LocalDate.of(2022, 1, 1))), List.of());

        List<Finding> found = HealthCheck.run(ledger, TODAY);

        assertThat(found).extracting(Finding::rule, Finding::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("theme-without-claim", "theme:empty"),
                org.assertj.core.groups.Tuple.tuple("year-without-claim", "year:2024"),
                org.assertj.core.groups.Tuple.tuple("document-without-claim", "document:b"));
        assertThat(found.get(1).subjectHref()).isEqualTo("/claims?year=2024");
    }

    @Test
    void anExplanationOfOneRuleDoesNotExplainAnotherRulesFindingOnTheSameClaim() {
        ClaimFacts claim = claim("x", "a", "By 2024", LocalDate.of(2024, 12, 31), PENDING, "Not known.",
                List.of(AS_OF.plusDays(1)), new Explanation("evidence-before-document", "Context only."));

        assertThat(run(List.of(claim))).extracting(Finding::rule, Finding::explained).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pending-past-horizon", false),
                org.assertj.core.groups.Tuple.tuple("evidence-after-verdict", false));
    }

    @Test
    void anExplanationOnALinkExplainsOnlyItsOwnRuleOfThatLink() {
        LocalDate event = LocalDate.of(2025, 2, 18);
        ClaimFacts held = claim("x", "b", "Trump's second term (to 2029-01-20)", LocalDate.of(2029, 1, 20), HELD,
                "Already settled.", List.of(event));
        ClaimFacts failed = claim("y", "b", "Trump's second term (to 2029-01-20)", LocalDate.of(2029, 1, 20), FAILED,
                "Already settled.", List.of(event));

        List<Finding> found = run(List.of(held, failed), link("y", LinkKind.RESTATES, "x",
                new Explanation("contradicts-same", "Wrong rule.")), link("x", LinkKind.CONTRADICTS, "y",
                new Explanation("restates-opposite", "Wrong rule too.")));

        assertThat(found).extracting(Finding::rule).containsExactly("restates-opposite");
        assertThat(found.get(0).explained()).isFalse();
        assertThat(found.get(0).acceptedNote()).isNull();
    }
}
