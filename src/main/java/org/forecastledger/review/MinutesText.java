package org.forecastledger.review;

import org.forecastledger.review.Minutes.Row;
import org.forecastledger.review.SessionView.VoteView;

import java.util.ArrayList;
import java.util.List;

/**
 * The minutes as Markdown and as RFC 4180 CSV. User text is escaped for each: in Markdown every markup character
 * is backslash-escaped and {@code < > &} become entities, so a note cannot add a link, a heading or HTML; in CSV
 * fields are quoted as needed and a cell that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
public final class MinutesText {

    private MinutesText() {
    }

    public static String markdown(SessionView session) {
        StringBuilder md = new StringBuilder();
        md.append("# Minutes: ").append(md(session.title())).append("\n\n");
        md.append("- Session: ").append(session.id()).append(" (").append(session.state().toLowerCase())
                .append("), facilitator ").append(md(session.facilitator())).append("\n");
        md.append("- Opened: ").append(session.createdAt()).append("\n");
        md.append("- Agenda: ").append(md(session.agenda())).append("\n");
        md.append("- Participants: ").append(String.join(", ", session.participants().stream()
                .map(p -> md(p.username()) + " (" + p.role() + ")").toList())).append("\n\n");
        AgreementView agreement = session.agreement();
        md.append("## Agreement\n\n");
        md.append("Over ").append(agreement.items()).append(" revealed items and ").append(agreement.votes())
                .append(" votes:\n\n");
        md.append("- Krippendorff's alpha, nominal: ").append(result(agreement.alphaNominal())).append("\n");
        md.append("- Krippendorff's alpha, ordinal (FAILED < PARTIAL < HELD; ").append(agreement.leftOutOfOrdinal())
                .append(" PENDING/UNRESOLVABLE votes left out): ").append(result(agreement.alphaOrdinal())).append("\n");
        md.append("- Fleiss' kappa: ").append(result(agreement.fleissKappa())).append("\n");
        for (AgreementView.ReviewerAgreement reviewer : agreement.reviewers()) {
            md.append("- ").append(md(reviewer.voter())).append(" agreed with ").append(reviewer.agreed()).append(" of ")
                    .append(reviewer.decided()).append(" decisions (").append(reviewer.rate()).append(")\n");
        }
        for (Row row : Minutes.rows(session)) {
            md.append("\n## ").append(md(row.claimId())).append("\n\n");
            md.append(md(row.statement())).append("\n\n");
            md.append("- Previous verdict: ").append(row.previous() == null ? "none" : row.previous().name())
                    .append(" (revision ").append(row.previousRevision()).append(")\n");
            md.append("- Votes: ").append(row.voteCount()).append(row.votes() == null ? " (not revealed)" : "")
                    .append("\n");
            if (row.votes() != null) {
                for (VoteView vote : row.votes()) {
                    md.append("  - ").append(md(vote.voter())).append(": ").append(vote.status().name()).append(", ")
                            .append(vote.confidence()).append(" confidence")
                            .append(vote.note() == null ? "" : ". " + md(vote.note()))
                            .append(vote.evidence() == null ? "" : " Evidence: " + md(vote.evidence())).append("\n");
                }
            }
            md.append("- Agreement: ").append(md(row.agreement())).append("\n");
            if (row.decision() != null) {
                md.append("- Decision: ").append(row.decision().status().name()).append(" as of ")
                        .append(row.decision().asOf()).append(", revision ").append(row.decision().revision())
                        .append(", by ").append(md(row.decision().decidedBy())).append(". ")
                        .append(md(row.decision().rationale())).append("\n");
                md.append("- Dissent: ").append(md(row.dissent())).append("\n");
            }
            md.append("- Change: ").append(md(row.change())).append("\n");
        }
        return md.toString();
    }

    static final List<String> CSV_HEADER = List.of("kind", "claim_id", "statement", "person", "role", "status",
            "confidence", "note", "evidence", "previous_status", "previous_revision", "decision_status",
            "decision_revision", "change", "agreement", "rationale");

    /** One row per participant, per item and per revealed vote, told apart by {@code kind}. */
    public static String csv(SessionView session) {
        StringBuilder csv = new StringBuilder();
        row(csv, CSV_HEADER);
        session.participants().forEach(p -> row(csv, List.of("participant", "", "", p.username(), p.role(), "", "", "",
                "", "", "", "", "", "", "", "")));
        for (Row row : Minutes.rows(session)) {
            row(csv, List.of("item", row.claimId(), row.statement(), "", "", row.phase(), "", "", "",
                    row.previous() == null ? "" : row.previous().name(), String.valueOf(row.previousRevision()),
                    row.decision() == null ? "" : row.decision().status().name(),
                    row.decision() == null ? "" : String.valueOf(row.decision().revision()), row.change(),
                    row.agreement(), row.decision() == null ? "" : row.decision().rationale()));
            for (VoteView vote : row.votes() == null ? List.<VoteView>of() : row.votes()) {
                row(csv, List.of("vote", row.claimId(), "", vote.voter(), "", vote.status().name(), vote.confidence(),
                        text(vote.note()), text(vote.evidence()), "", "", "", "", "", "", ""));
            }
        }
        return csv.toString();
    }

    /** Markdown-safe text on one line. */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if ("\\`*_{}[]()#+-.!|~\"'=:".indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void row(StringBuilder csv, List<String> fields) {
        List<String> cells = new ArrayList<>();
        for (String field : fields) {
            String cell = !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            cells.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        csv.append(String.join(",", cells)).append("\r\n");
    }

    private static String result(Agreement.Result result) {
        return result.display() + " (n = " + result.units() + " items, " + result.values() + " votes)";
    }
}
