package org.forecastledger.export;

import org.forecastledger.claim.ClaimView;
import org.forecastledger.claim.ClaimView.EvidenceView;
import org.forecastledger.claim.ClaimView.Link;

import java.util.List;
import java.util.stream.Collectors;

/** Claims as RFC 4180 CSV: a header row, one row per claim, CRLF line ends, fields quoted where needed. */
public final class ClaimCsv {

    static final List<String> HEADER = List.of("id", "document_id", "document_title", "year", "theme", "status",
            "as_of", "revision", "attributed_to", "statement", "quote", "locator", "quote_start", "quote_end",
            "hedge", "band", "probability_low", "probability_high", "horizon", "horizon_until", "rationale",
            "evidence_count", "evidence", "links", "decided_by", "decided_by_kind", "decided_at");

    private ClaimCsv() {
    }

    public static String of(List<ClaimView> claims) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (ClaimView claim : claims) {
            row(csv, List.of(claim.id(), claim.documentId(), claim.documentTitle(), String.valueOf(claim.year()),
                    claim.theme(), text(claim.status()), text(claim.asOf()), String.valueOf(claim.revision()),
                    claim.attributedTo(), claim.statement(), claim.quote(), claim.locator(),
                    String.valueOf(claim.start()), String.valueOf(claim.end()), claim.hedge(),
                    claim.probability().band().name(), String.valueOf(claim.probability().low()),
                    String.valueOf(claim.probability().high()), claim.horizon().label(),
                    text(claim.horizon().until()), text(claim.rationale()), String.valueOf(claim.evidence().size()),
                    claim.evidence().stream().map(ClaimCsv::evidence).collect(Collectors.joining(" | ")),
                    claim.links().stream().map(ClaimCsv::link).collect(Collectors.joining(" | ")),
                    text(claim.decidedBy()), text(claim.decidedByKind()), text(claim.decidedAt())));
        }
        return csv.toString();
    }

    private static String evidence(EvidenceView item) {
        return item.date() + ": " + item.summary() + " (" + item.source() + (item.url() == null ? "" : ", " + item.url())
                + ")";
    }

    private static String link(Link link) {
        return link.kind() + " " + link.claimId();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * Quotes a field holding a comma, a quote or a line break, doubling inner quotes (RFC 4180, 2.6–2.7). Text that
     * a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an
     * apostrophe, so that a rationale cannot become a formula in the reader's spreadsheet.
     */
    static String field(String raw) {
        String value = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
