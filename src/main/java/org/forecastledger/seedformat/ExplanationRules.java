package org.forecastledger.seedformat;

import java.util.Optional;

/**
 * Which health rules a seed may explain, and where: the seed format knows where explanations are written, the
 * ledger-health feature knows its rules, so the seed loader passes them in.
 */
@FunctionalInterface
public interface ExplanationRules {

    /** Takes every rule as explainable anywhere: for reading a seed file's shape alone. */
    ExplanationRules ANY = (rule, onLink) -> Optional.empty();

    /** Why {@code rule} (as written) cannot be explained on a claim, or on a link; empty when it can. */
    Optional<String> problem(String rule, boolean onLink);
}
