package org.forecastledger.verdict;

import org.forecastledger.Sha256;
import org.forecastledger.web.Fields;
import org.forecastledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.util.List;

/** A verdict about to be appended to a claim's ledger, from the seeds, a reviewer or a review session. */
public record NewVerdict(VerdictStatus status, LocalDate asOf, String rationale, List<EvidenceItem> evidence) {

    /** Dates outside this range are typing mistakes in a ledger of 21st-century forecasts. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public static boolean isPlausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Parses a typed ISO date, or names the field's problem in {@code errors} and returns null. */
    public static LocalDate parseDate(String field, String value, List<FieldError> errors) {
        return new Fields(errors).optionalDate(field, value, EARLIEST, LATEST);
    }

    public NewVerdict {
        evidence = List.copyOf(evidence);
    }

    /** A stable hash of the whole verdict: equal verdicts have equal fingerprints. */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder()
                .append(status).append('\u001f').append(asOf).append('\u001f').append(rationale);
        for (EvidenceItem item : evidence) {
            canonical.append('\u001e').append(item.date()).append('\u001f').append(item.summary())
                    .append('\u001f').append(item.source()).append('\u001f').append(item.url());
        }
        return Sha256.hex(canonical.toString());
    }
}
