package org.forecastledger.seedformat;

import org.forecastledger.claim.LinkKind;
import org.forecastledger.seedformat.SeedSet.ExplanationSeed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code healthExceptions} of a claim or of a link: a curator's explanations of why a ledger-health rule
 * does not apply, each {@code {rule: <rule id>, note: "..."}}. Rules the caller's {@link ExplanationRules} refuse,
 * a rule explained twice and missing notes are reported with their file and line.
 */
final class ExplanationsReader {

    static final String FIELD = "healthExceptions";
    private static final Set<String> FIELDS = Set.of("rule", "note");
    private static final int MAX_NOTE = 2000;

    private final ExplanationRules rules;

    ExplanationsReader(ExplanationRules rules) {
        this.rules = rules;
    }

    /** The explanations of {@code owner}, a claim ({@code kind} null) or a link of {@code kind} to {@code target}. */
    List<ExplanationSeed> read(YamlMapping owner, LinkKind kind, String target) {
        List<ExplanationSeed> explanations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMapping item : owner.mappings(FIELD, false, "a health exception")) {
            item.rejectUnknownFields(FIELDS);
            String rule = item.requiredText("rule", 60);
            String note = item.requiredText("note", MAX_NOTE);
            if (rule == null) {
                continue;
            }
            String problem = rules.problem(rule, kind != null).orElse(null);
            if (problem != null) {
                item.report("rule", problem);
            } else if (!seen.add(rule.trim())) {
                item.report("rule", "health rule '" + rule.trim() + "' is explained twice here");
            } else if (note != null) {
                explanations.add(new ExplanationSeed(rule.trim(), note.trim(), kind, target));
            }
        }
        return List.copyOf(explanations);
    }
}
