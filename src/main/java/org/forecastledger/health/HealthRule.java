package org.forecastledger.health;

import java.util.Arrays;
import java.util.Optional;

/**
 * The consistency checks the ledger runs on itself (docs/methodology.md §8). Each has a stable id, used in the seed
 * files to record an accepted exception, and a scope saying where such an exception is written.
 */
public enum HealthRule {
    RESTATES_OPPOSITE("restates-opposite", Scope.LINK, "Restating claims with opposite outcomes",
            "A claim and the claim it restates predict the same thing, yet one is held and the other failed."),
    CONTRADICTS_SAME("contradicts-same", Scope.LINK, "Contradicting claims with the same outcome",
            "Two claims that contradict each other cannot both hold; both failing needs a reason too."),
    LINKED_EVENT_SPLIT("linked-event-split", Scope.LINK, "Linked claims judged differently on the same event",
            "Two linked claims cite evidence of the same date (taken as the same event), but one is resolved on it "
                    + "and the other is still pending: one reading treats the event as settling, the other does not."),
    PENDING_PAST_HORIZON("pending-past-horizon", Scope.CLAIM, "Pending after its horizon",
            "The horizon date has passed, but the claim is still pending: it is due for a verdict."),
    RESOLVED_BEFORE_HORIZON("resolved-before-horizon", Scope.CLAIM, "Resolved before its horizon without saying why",
            "The verdict is held, partly held or failed although the horizon date had not passed when it was made, "
                    + "and the rationale does not say why the claim is already settled."),
    HORIZON_LABEL_DATE("horizon-label-date", Scope.CLAIM, "Horizon label disagrees with its date",
            "The horizon's words and its date say different things: an open-ended label with a date, a dated label "
                    + "naming another year, or a label that is neither dated nor open-ended."),
    HORIZON_LABEL_VERDICT("horizon-label-verdict", Scope.CLAIM, "Open-ended claim failed without a settling event",
            "An open-ended horizon never runs out, so a failed verdict on it must say what settled the claim; "
                    + "otherwise the claim really has a dated horizon, or it is still pending."),
    EVIDENCE_AFTER_VERDICT("evidence-after-verdict", Scope.CLAIM, "Evidence dated after its verdict",
            "An evidence item is dated after the verdict's as-of date, which it cannot have supported."),
    EVIDENCE_BEFORE_DOCUMENT("evidence-before-document", Scope.CLAIM, "Evidence dated before the document",
            "An evidence item is dated before the document was written: a forecast cannot be confirmed or refuted "
                    + "by what had already happened when it was made."),
    THEME_WITHOUT_CLAIM("theme-without-claim", Scope.LEDGER, "Theme with no claim",
            "A theme of the comparison holds no claim, so its row never shows."),
    YEAR_WITHOUT_CLAIM("year-without-claim", Scope.LEDGER, "Comparison year with no claim",
            "A year column of the comparison holds no claim."),
    DOCUMENT_WITHOUT_CLAIM("document-without-claim", Scope.LEDGER, "Document with no claim",
            "A source document has no claim: either it makes no forecast or its claims were never recorded.");

    /** Where an accepted exception to the rule is recorded in the seed files. */
    public enum Scope {
        /** On the claim ({@code healthExceptions} of the claim). */
        CLAIM,
        /** On the link between two claims ({@code healthExceptions} of the link). */
        LINK,
        /** About the ledger's shape; fixed by adding claims, not explained away. */
        LEDGER
    }

    public final String id;
    public final Scope scope;
    public final String title;
    public final String description;

    HealthRule(String id, Scope scope, String title, String description) {
        this.id = id;
        this.scope = scope;
        this.title = title;
        this.description = description;
    }

    public static Optional<HealthRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
