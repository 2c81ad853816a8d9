package org.forecastledger.seed;

import org.forecastledger.claim.LinkKind;
import org.forecastledger.health.HealthRule;
import org.forecastledger.seed.SeedSet.ExplanationSeed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@code healthExceptions} of a claim or of a link: a curator's accepted exceptions to the ledger-health
 * rules, each {@code {rule: <rule id>, note: "..."}}. Unknown rules, a rule recorded in the wrong place and missing
 * notes are reported with their file and line.
 */
final class HealthExplanationSeeds {

    static final String FIELD = "healthExceptions";
    private static final Set<String> FIELDS = Set.of("rule", "note");
    private static final int MAX_NOTE = 2000;

    private HealthExplanationSeeds() {
    }

    /** The exceptions of {@code owner}, a claim ({@code kind} null) or a link of {@code kind} to {@code target}. */
    static List<ExplanationSeed> read(YamlMapping owner, LinkKind kind, String target) {
        HealthRule.Scope where = kind == null ? HealthRule.Scope.CLAIM : HealthRule.Scope.LINK;
        List<ExplanationSeed> exceptions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMapping item : owner.mappings(FIELD, false, "a health exception")) {
            item.rejectUnknownFields(FIELDS);
            String ruleId = item.requiredText("rule", 60);
            String note = item.requiredText("note", MAX_NOTE);
            HealthRule rule = ruleId == null ? null : HealthRule.byId(ruleId.trim()).orElse(null);
            if (ruleId != null && rule == null) {
                item.report("rule", "unknown health rule '" + ruleId + "' (expected one of: " + Arrays
                        .stream(HealthRule.values()).filter(known -> known.scope == where).map(known -> known.id)
                        .collect(Collectors.joining(", ")) + ")");
            } else if (rule != null && rule.scope != where) {
                item.report("rule", "health rule '" + rule.id + "' " + (rule.scope == HealthRule.Scope.LEDGER
                        ? "is about the ledger as a whole and cannot be explained away"
                        : "is recorded on the " + rule.scope.name().toLowerCase() + ", not on the "
                                + where.name().toLowerCase()));
            } else if (rule != null && !seen.add(rule.id)) {
                item.report("rule", "health rule '" + rule.id + "' is explained twice here");
            } else if (rule != null && note != null) {
                exceptions.add(new ExplanationSeed(rule.id, note.trim(), kind, target));
            }
        }
        return List.copyOf(exceptions);
    }
}
