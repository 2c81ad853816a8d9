package org.forecastledger.seed;

import org.forecastledger.health.HealthExplanation;
import org.forecastledger.health.HealthRule;
import org.forecastledger.seedformat.ExplanationRules;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The health explanations of the seeds ({@code healthExceptions} in the files): which rules a curator may explain
 * where, for the reader, and the rows they become, for the importer. A rule about the ledger as a whole cannot be
 * explained away.
 */
final class HealthExplanationSeeds {

    /** The rules of {@link HealthRule}: a claim rule on a claim, a link rule on a link. */
    static final ExplanationRules RULES = HealthExplanationSeeds::problem;

    private HealthExplanationSeeds() {
    }

    private static Optional<String> problem(String ruleId, boolean onLink) {
        HealthRule.Scope where = onLink ? HealthRule.Scope.LINK : HealthRule.Scope.CLAIM;
        HealthRule rule = HealthRule.byId(ruleId.trim()).orElse(null);
        if (rule == null) {
            return Optional.of("unknown health rule '" + ruleId + "' (expected one of: " + Arrays
                    .stream(HealthRule.values()).filter(known -> known.scope == where).map(known -> known.id)
                    .collect(Collectors.joining(", ")) + ")");
        }
        if (rule.scope != where) {
            return Optional.of("health rule '" + rule.id + "' " + (rule.scope == HealthRule.Scope.LEDGER
                    ? "is about the ledger as a whole and cannot be explained away"
                    : "is recorded on the " + rule.scope.name().toLowerCase() + ", not on the "
                            + where.name().toLowerCase()));
        }
        return Optional.empty();
    }

    /** The explanation rows the seeded claims ask for. */
    static List<HealthExplanation.Key> keys(List<ClaimSeed> claims) {
        return claims.stream().flatMap(seed -> seed.healthExceptions().stream()
                .map(explanation -> new HealthExplanation.Key(seed.id(), explanation.linkKind(),
                        explanation.linkClaimId(), explanation.rule(), explanation.note()))).toList();
    }
}
