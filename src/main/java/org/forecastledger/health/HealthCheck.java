package org.forecastledger.health;

import org.forecastledger.claim.LinkKind;
import org.forecastledger.health.LedgerSnapshot.ClaimFacts;
import org.forecastledger.health.LedgerSnapshot.DocumentFacts;
import org.forecastledger.health.LedgerSnapshot.Explanation;
import org.forecastledger.health.LedgerSnapshot.LinkFacts;
import org.forecastledger.verdict.VerdictStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ledger-health rules as plain functions of a {@link LedgerSnapshot} and the day of the check. The precise
 * definitions are in docs/methodology.md §8; this class and that section must say the same.
 */
public final class HealthCheck {

    /** The wording by which a rationale says that a claim is settled before its horizon has run out. */
    public static final Pattern SETTLED = Pattern.compile("already settled|settled early", Pattern.CASE_INSENSITIVE);

    static final Pattern OPEN_ENDED = Pattern.compile("open-ended", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern JUDGED_AS_OF = Pattern.compile("judged as of \\d{4}-\\d{2}-\\d{2}",
            Pattern.CASE_INSENSITIVE);

    private HealthCheck() {
    }

    /** Every finding, explained ones marked with the curator's note, in a stable order. */
    public static List<Finding> run(LedgerSnapshot ledger, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        Map<String, ClaimFacts> claims = ledger.claims().stream()
                .collect(Collectors.toMap(ClaimFacts::id, Function.identity()));
        Map<String, DocumentFacts> documents = ledger.documents().stream()
                .collect(Collectors.toMap(DocumentFacts::id, Function.identity()));
        for (LinkFacts link : ledger.links()) {
            ClaimFacts from = claims.get(link.claimId());
            ClaimFacts to = claims.get(link.targetClaimId());
            if (from != null && to != null) {
                linkFindings(link, from, to).forEach(finding -> findings.add(accept(finding, link.exceptions())));
            }
        }
        for (ClaimFacts claim : ledger.claims()) {
            claimFindings(claim, documents.get(claim.documentId()), today)
                    .forEach(finding -> findings.add(accept(finding, claim.exceptions())));
        }
        findings.addAll(ledgerFindings(ledger));
        return findings;
    }

    private static Finding accept(Finding finding, List<Explanation> exceptions) {
        return exceptions.stream().filter(exception -> exception.rule().equals(finding.rule())).findFirst()
                .map(exception -> finding.accepted(exception.note())).orElse(finding);
    }

    static List<Finding> linkFindings(LinkFacts link, ClaimFacts from, ClaimFacts to) {
        List<Finding> findings = new ArrayList<>();
        List<String> pair = List.of(from.id(), to.id());
        VerdictStatus a = from.status();
        VerdictStatus b = to.status();
        if (link.kind() == LinkKind.RESTATES && opposite(a, b)) {
            findings.add(Finding.of(HealthRule.RESTATES_OPPOSITE, pair, null, from.id() + " restates " + to.id()
                    + ", but one is " + label(a) + " and the other " + label(b) + "."));
        }
        if (link.kind() == LinkKind.CONTRADICTS && a == b && (a == VerdictStatus.HELD || a == VerdictStatus.FAILED)) {
            findings.add(Finding.of(HealthRule.CONTRADICTS_SAME, pair, null, from.id() + " contradicts " + to.id()
                    + ", but both are " + label(a) + "."));
        }
        Set<LocalDate> shared = new TreeSet<>(from.evidenceDates());
        shared.retainAll(to.evidenceDates());
        boolean split = a != null && b != null && (a.resolved && b == VerdictStatus.PENDING
                || b.resolved && a == VerdictStatus.PENDING);
        if (split && !shared.isEmpty()) {
            findings.add(Finding.of(HealthRule.LINKED_EVENT_SPLIT, pair, null, from.id() + " (" + label(a) + ") "
                    + link.kind().label + " " + to.id() + " (" + label(b) + "); both cite evidence of "
                    + shared.iterator().next() + ", which settles one and leaves the other pending."));
        }
        return findings;
    }

    static List<Finding> claimFindings(ClaimFacts claim, DocumentFacts document, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        List<String> self = List.of(claim.id());
        LocalDate until = claim.horizonUntil();
        VerdictStatus status = claim.status();
        boolean settled = claim.rationale() != null && SETTLED.matcher(claim.rationale()).find();
        if (until != null && status == VerdictStatus.PENDING && until.isBefore(today)) {
            findings.add(Finding.of(HealthRule.PENDING_PAST_HORIZON, self, null, "The horizon ended on " + until
                    + ", but the claim is still pending (checked on " + today + ")."));
        }
        if (until != null && status != null && status.resolved && claim.asOf().isBefore(until) && !settled) {
            findings.add(Finding.of(HealthRule.RESOLVED_BEFORE_HORIZON, self, null, label(status) + " as of "
                    + claim.asOf() + ", before the horizon of " + until + ", and the rationale does not say why "
                    + "the claim is already settled."));
        }
        labelDateProblem(claim.horizonLabel(), until).ifPresent(problem ->
                findings.add(Finding.of(HealthRule.HORIZON_LABEL_DATE, self, null, problem)));
        if (until == null && status == VerdictStatus.FAILED && !settled) {
            findings.add(Finding.of(HealthRule.HORIZON_LABEL_VERDICT, self, null, "The horizon is open-ended ('"
                    + claim.horizonLabel() + "'), yet the claim is failed, and the rationale does not say what "
                    + "already settled it."));
        }
        for (LocalDate date : new TreeSet<>(claim.evidenceDates())) {
            if (claim.asOf() != null && date.isAfter(claim.asOf())) {
                findings.add(Finding.of(HealthRule.EVIDENCE_AFTER_VERDICT, self, null, "Evidence dated " + date
                        + " supports a verdict made as of " + claim.asOf() + "."));
            }
            if (status != null && status.resolved && document != null && date.isBefore(document.publishedOn())) {
                findings.add(Finding.of(HealthRule.EVIDENCE_BEFORE_DOCUMENT, self, null, "Evidence dated " + date
                        + " is older than the document (" + document.publishedOn() + ") that made the forecast."));
            }
        }
        return findings;
    }

    /** What is wrong between a horizon's words and its date, if anything. */
    static Optional<String> labelDateProblem(String label, LocalDate until) {
        boolean open = OPEN_ENDED.matcher(label).find();
        if (until != null && open) {
            return Optional.of("The label '" + label + "' calls the horizon open-ended, but it has the "
                    + "date " + until + ".");
        }
        if (until != null) {
            Set<String> years = new TreeSet<>();
            Matcher matcher = YEAR.matcher(JUDGED_AS_OF.matcher(label).replaceAll(""));
            while (matcher.find()) {
                years.add(matcher.group());
            }
            if (!years.isEmpty() && !years.contains(String.valueOf(until.getYear()))) {
                return Optional.of("The label '" + label + "' names " + String.join(", ", years)
                        + ", but the horizon date is " + until + ".");
            }
        }
        if (until == null && !open) {
            return Optional.of("The label '" + label + "' has no date and does not say the horizon is "
                    + "open-ended.");
        }
        return Optional.empty();
    }

    static List<Finding> ledgerFindings(LedgerSnapshot ledger) {
        List<Finding> findings = new ArrayList<>();
        Set<String> usedThemes = ledger.claims().stream().map(ClaimFacts::themeId).collect(Collectors.toSet());
        Set<String> usedDocuments = ledger.claims().stream().map(ClaimFacts::documentId).collect(Collectors.toSet());
        for (String theme : ledger.themeIds()) {
            if (!usedThemes.contains(theme)) {
                findings.add(Finding.of(HealthRule.THEME_WITHOUT_CLAIM, List.of(), "theme:" + theme,
                        "Theme '" + theme + "' holds no claim."));
            }
        }
        Map<Integer, List<DocumentFacts>> byYear = ledger.documents().stream()
                .collect(Collectors.groupingBy(DocumentFacts::year, TreeMap::new, Collectors.toList()));
        byYear.forEach((year, documents) -> {
            if (documents.stream().noneMatch(document -> usedDocuments.contains(document.id()))) {
                findings.add(Finding.of(HealthRule.YEAR_WITHOUT_CLAIM, List.of(), "year:" + year,
                        "The " + year + " column holds no claim (documents: " + documents.stream()
                                .map(DocumentFacts::id).collect(Collectors.joining(", ")) + ")."));
            }
        });
        for (DocumentFacts document : ledger.documents()) {
            if (!usedDocuments.contains(document.id())) {
                findings.add(Finding.of(HealthRule.DOCUMENT_WITHOUT_CLAIM, List.of(), "document:" + document.id(),
                        "Document '" + document.id() + "' has no claim."));
            }
        }
        return findings;
    }

    private static boolean opposite(VerdictStatus a, VerdictStatus b) {
        return a == VerdictStatus.HELD && b == VerdictStatus.FAILED || a == VerdictStatus.FAILED && b == VerdictStatus.HELD;
    }

    private static String label(VerdictStatus status) {
        return status == null ? "without a verdict" : status.label.toLowerCase();
    }
}
