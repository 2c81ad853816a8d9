package org.forecastledger.review;

import org.forecastledger.claim.ClaimView.RevisionView;
import org.forecastledger.verdict.VerdictForm;

import java.util.Map;

/**
 * What the session page shows in one item's forms after a refused write: the typed vote or decision, the messages
 * per field, a conflict with a newer verdict, or why the write was refused. {@link #NONE} for a plain page.
 */
public record ItemForms(String claimId, Map<String, String> errors, VoteRequest vote, VerdictForm decision,
        RevisionView conflict, String alert) {

    public static final ItemForms NONE = new ItemForms("", Map.of(), null, null, null, null);

    public boolean isFor(String id) {
        return claimId.equals(id);
    }

    /** The messages for one item's forms: none for the other items. */
    public Map<String, String> errorsFor(String id) {
        return isFor(id) ? errors : Map.of();
    }

    public String error(String field) {
        return errors.get(field);
    }
}
