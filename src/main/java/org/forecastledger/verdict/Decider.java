package org.forecastledger.verdict;

/** Who makes a verdict revision: the seed files, a named reviewer, or a review session. */
public record Decider(DecisionSource source, String name, Long reviewSessionId) {

    public static final Decider SEEDS = new Decider(DecisionSource.SEED, "seed files", null);

    public static Decider reviewer(String username) {
        return new Decider(DecisionSource.REVIEWER, username, null);
    }
}
