package org.forecastledger.review;

import org.forecastledger.review.Vote.Confidence;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.web.Fields;

/** A vote as a client or the vote form sends it: status, confidence (low | medium | high), note, evidence. */
public record VoteRequest(String status, String confidence, String note, String evidence) {

    static final int MAX_NOTE = 2000;

    /** A checked vote. */
    public record Checked(VerdictStatus status, Confidence confidence, String note, String evidence) {
    }

    public Checked validate() {
        Fields fields = new Fields();
        VerdictStatus parsedStatus = fields.choice("status", status, VerdictStatus.class);
        Confidence parsedConfidence = fields.choice("confidence", confidence, Confidence.class);
        String checkedNote = fields.optional("note", note, MAX_NOTE);
        String checkedEvidence = fields.optional("evidence", evidence, MAX_NOTE);
        fields.throwIfAny();
        return new Checked(parsedStatus, parsedConfidence, checkedNote, checkedEvidence);
    }
}
