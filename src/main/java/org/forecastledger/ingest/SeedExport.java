package org.forecastledger.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.ClaimLink;
import org.forecastledger.document.Document;
import org.forecastledger.verdict.Evidence;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.web.NotFoundProblem;

import java.util.List;

/**
 * A document and its claims in the seed format (seeds/README.md), so that a team can commit an uploaded document to
 * seeds/: its documents.yaml entry, its claims/&lt;id&gt;.yaml, its text file and the SHA256SUMS line. Every text
 * value is written as a YAML double-quoted scalar, so that no character can change its meaning.
 */
@ApplicationScoped
public class SeedExport {

    /** The files to add to seeds/ (the entry goes under {@code documents:} in documents.yaml). */
    public record SeedFiles(String documentId, String textFile, String text, String checksumLine,
            String documentsEntry, String claimsFile, String claimsYaml) {
    }

    @Transactional
    public SeedFiles export(String documentId) {
        Document document = Document.findById(documentId);
        if (document == null) {
            throw new NotFoundProblem("document", documentId);
        }
        String entry = "  - id: " + document.id + "\n"
                + "    file: " + q(document.fileName) + "\n"
                + "    title: " + q(document.title) + "\n"
                + "    year: " + document.year + "\n"
                + "    kind: " + document.kind.name() + "\n"
                + "    author: " + q(document.author) + "\n"
                + "    outlet: " + q(document.outlet) + "\n"
                + "    publishedOn: " + document.publishedOn + "\n"
                + "    datingNote: " + q(document.datingNote) + "\n";
        StringBuilder claims = new StringBuilder("document: ").append(document.id).append("\nclaims:\n");
        List<Claim> list = Claim.list("document.id = ?1 and retired = false order by position, quoteStart", documentId);
        if (list.isEmpty()) {
            claims.setLength(claims.length() - 1);
            claims.append(" []\n");
        }
        for (Claim claim : list) {
            claim(claims, claim, document.body);
        }
        return new SeedFiles(document.id, document.fileName, document.body,
                document.sha256 + "  " + document.fileName, entry, "claims/" + document.id + ".yaml",
                claims.toString());
    }

    private static void claim(StringBuilder out, Claim claim, String text) {
        out.append("  - id: ").append(claim.id).append('\n')
                .append("    quote: ").append(q(claim.quote)).append('\n');
        if (text.indexOf(claim.quote) != text.lastIndexOf(claim.quote)) {
            out.append("    occurrence: ").append(claim.occurrence).append('\n');
        }
        out.append("    locator: ").append(q(claim.locator)).append('\n')
                .append("    statement: ").append(q(claim.statement)).append('\n')
                .append("    attributedTo: ").append(q(claim.attributedTo)).append('\n')
                .append("    theme: ").append(claim.theme.id).append('\n')
                .append("    horizon:\n      label: ").append(q(claim.horizonLabel)).append('\n');
        if (claim.horizonUntil != null) {
            out.append("      until: ").append(claim.horizonUntil).append('\n');
        }
        out.append("    hedge:\n      words: ").append(q(claim.hedgeWords)).append('\n')
                .append("      band: ").append(claim.hedgeBand.name()).append('\n');
        List<ClaimLink> links = ClaimLink.from(claim.id);
        if (!links.isEmpty()) {
            out.append("    links:\n");
            links.forEach(link -> out.append("      - {kind: ").append(link.kind.name()).append(", claimId: ")
                    .append(link.targetClaimId).append("}\n"));
        }
        VerdictRevision verdict = VerdictRevision.latest(claim.id).orElseThrow();
        out.append("    verdict:\n      status: ").append(verdict.status.name()).append('\n')
                .append("      asOf: ").append(verdict.asOf).append('\n')
                .append("      rationale: ").append(q(verdict.rationale)).append('\n');
        if (!verdict.evidence.isEmpty()) {
            out.append("      evidence:\n");
            for (Evidence item : verdict.evidence) {
                out.append("        - date: ").append(item.date).append('\n')
                        .append("          summary: ").append(q(item.summary)).append('\n')
                        .append("          source: ").append(q(item.source)).append('\n');
                if (item.url != null) {
                    out.append("          url: ").append(q(item.url)).append('\n');
                }
            }
        }
        out.append('\n');
    }

    /** A YAML double-quoted scalar: backslash, quote and every control or line-separating character escaped. */
    static String q(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || c >= 0xfffe) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
