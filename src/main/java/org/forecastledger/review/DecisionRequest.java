package org.forecastledger.review;

import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictRequest;
import org.forecastledger.verdict.VerdictRequest.EvidenceRequest;
import org.forecastledger.web.Fields;

import java.util.List;

/**
 * The facilitator's decision on an item: a verdict (checked as every verdict is). {@code expectedRevision} is
 * optional: without it the decision must sit on the revision the item was opened on; after a 409 the facilitator
 * names the newer revision they have now seen.
 */
public record DecisionRequest(String status, String asOf, String rationale, List<EvidenceRequest> evidence,
        Integer expectedRevision) {

    public NewVerdict verdict() {
        if (expectedRevision != null) {
            Fields fields = new Fields();
            fields.atLeast("expectedRevision", expectedRevision, 0);
            fields.throwIfAny();
        }
        return new VerdictRequest(status, asOf, rationale, evidence, 0).validate();
    }
}
