package org.forecastledger.verdict;

/** Who makes a verdict revision: the seed files, a named reviewer, or a review session. */
public record Decider(DecisionSource source, String name, Long reviewSessionId) {

    public static final Decider SEEDS = new Decider(DecisionSource.SEED, "seed files", null);

    public static Decider reviewer(String username) {
        return new Decider(DecisionSource.REVIEWER, username, null);
    }

    /** A decision taken in a review session, recorded under the facilitator who entered it. */
    public static Decider session(String facilitatorName, long sessionId) {
        return new Decider(DecisionSource.REVIEW_SESSION, facilitatorName, sessionId);
    }
}
