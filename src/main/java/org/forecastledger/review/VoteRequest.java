package org.forecastledger.review;

import org.forecastledger.review.Vote.Confidence;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.Problem.FieldError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A vote as a client or the vote form sends it: status, confidence (low | medium | high), note, evidence. */
public record VoteRequest(String status, String confidence, String note, String evidence) {

    static final int MAX_NOTE = 2000;

    /** A checked vote. */
    public record Checked(VerdictStatus status, Confidence confidence, String note, String evidence) {
    }

    public Checked validate() {
        List<FieldError> errors = new ArrayList<>();
        VerdictStatus parsedStatus = parse("status", status, VerdictStatus.class, errors);
        Confidence parsedConfidence = parse("confidence", confidence, Confidence.class, errors);
        String checkedNote = Text.optional("note", note, MAX_NOTE, errors);
        String checkedEvidence = Text.optional("evidence", evidence, MAX_NOTE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(parsedStatus, parsedConfidence, checkedNote, checkedEvidence);
    }

    static <E extends Enum<E>> E parse(String field, String value, Class<E> type, List<FieldError> errors) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required: one of " + allowed));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + allowed));
            return null;
        }
    }
}
