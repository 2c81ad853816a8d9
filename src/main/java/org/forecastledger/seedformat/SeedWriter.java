package org.forecastledger.seedformat;

import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.seedformat.SeedSet.DocumentSeed;
import org.forecastledger.seedformat.SeedSet.ExplanationSeed;
import org.forecastledger.seedformat.SeedSet.LinkSeed;
import org.forecastledger.seedformat.SeedSet.ThemeSeed;
import org.forecastledger.verdict.EvidenceItem;
import org.forecastledger.verdict.NewVerdict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one writer of the seed format (seeds/README.md), the counterpart of {@link SeedFolderReader}: what it writes
 * reads back to the same records. Text is written with {@link YamlScalar#quoted}; ids, enum names, dates and numbers
 * are written plain, as their forms cannot be misread.
 */
public final class SeedWriter {

    private SeedWriter() {
    }

    /** Writes the whole set as a seed folder in {@code dir}: the YAML files, each text and SHA256SUMS. */
    public static void write(SeedSet seeds, Path dir) throws IOException {
        Files.createDirectories(dir.resolve(SeedFolderReader.CLAIMS));
        write(dir.resolve(SeedFolderReader.THEMES), themesFile(seeds.themes()));
        StringBuilder documents = new StringBuilder("documents:\n");
        StringBuilder checksums = new StringBuilder();
        for (DocumentSeed document : seeds.documents()) {
            documents.append(documentEntry(document));
            checksums.append(checksumLine(document)).append('\n');
            Path text = dir.resolve(document.fileName());
            Files.createDirectories(text.getParent());
            write(text, document.text());
            write(dir.resolve(SeedFolderReader.CLAIMS).resolve(document.id() + ".yaml"), claimsFile(document,
                    seeds.claims().stream().filter(claim -> claim.documentId().equals(document.id())).toList()));
        }
        write(dir.resolve(SeedFolderReader.DOCUMENTS), documents.toString());
        write(dir.resolve(SeedFolderReader.CHECKSUMS), checksums.toString());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public static String themesFile(List<ThemeSeed> themes) {
        StringBuilder out = new StringBuilder("themes:\n");
        for (ThemeSeed theme : themes) {
            out.append("  - id: ").append(theme.id()).append('\n')
                    .append("    title: ").append(YamlScalar.quoted(theme.title())).append('\n')
                    .append("    description: ").append(YamlScalar.quoted(theme.description())).append('\n');
        }
        return out.toString();
    }

    /** The document's item under {@code documents:} in documents.yaml. */
    public static String documentEntry(DocumentSeed document) {
        return "  - id: " + document.id() + "\n"
                + "    file: " + YamlScalar.quoted(document.fileName()) + "\n"
                + "    title: " + YamlScalar.quoted(document.title()) + "\n"
                + "    year: " + document.year() + "\n"
                + "    kind: " + document.kind().name() + "\n"
                + "    author: " + YamlScalar.quoted(document.author()) + "\n"
                + "    outlet: " + YamlScalar.quoted(document.outlet()) + "\n"
                + "    publishedOn: " + document.publishedOn() + "\n"
                + "    datingNote: " + YamlScalar.quoted(document.datingNote()) + "\n";
    }

    /** The document's line in SHA256SUMS. */
    public static String checksumLine(DocumentSeed document) {
        return document.sha256() + "  " + document.fileName();
    }

    /** claims/&lt;document&gt;.yaml: the document's claims in order, a blank line after each. */
    public static String claimsFile(DocumentSeed document, List<ClaimSeed> claims) {
        StringBuilder out = new StringBuilder("document: ").append(document.id()).append('\n');
        if (claims.isEmpty()) {
            return out.append("claims: []\n").toString();
        }
        out.append("claims:\n");
        for (ClaimSeed claim : claims) {
            claim(out, claim, document.text());
        }
        return out.toString();
    }

    private static void claim(StringBuilder out, ClaimSeed claim, String text) {
        out.append("  - id: ").append(claim.id()).append('\n')
                .append("    quote: ").append(YamlScalar.quoted(claim.quote())).append('\n');
        if (text.indexOf(claim.quote()) != text.lastIndexOf(claim.quote())) {
            out.append("    occurrence: ").append(claim.occurrence()).append('\n');
        }
        out.append("    locator: ").append(YamlScalar.quoted(claim.locator())).append('\n')
                .append("    statement: ").append(YamlScalar.quoted(claim.statement())).append('\n')
                .append("    attributedTo: ").append(YamlScalar.quoted(claim.attributedTo())).append('\n')
                .append("    theme: ").append(claim.themeId()).append('\n')
                .append("    horizon:\n      label: ").append(YamlScalar.quoted(claim.horizonLabel())).append('\n');
        if (claim.horizonUntil() != null) {
            out.append("      until: ").append(claim.horizonUntil()).append('\n');
        }
        out.append("    hedge:\n      words: ").append(YamlScalar.quoted(claim.hedgeWords())).append('\n')
                .append("      band: ").append(claim.hedgeBand().name()).append('\n');
        links(out, claim);
        verdictBlock(claim.verdict(), 4).forEach(line -> out.append(line).append('\n'));
        explanations(out, claim.healthExceptions().stream().filter(e -> e.linkKind() == null).toList(), 4);
        out.append('\n');
    }

    /** Links without explanations in flow style, one line each; a link with explanations as a block. */
    private static void links(StringBuilder out, ClaimSeed claim) {
        if (claim.links().isEmpty()) {
            return;
        }
        out.append("    links:\n");
        for (LinkSeed link : claim.links()) {
            List<ExplanationSeed> explained = claim.healthExceptions().stream()
                    .filter(e -> e.linkKind() == link.kind() && link.claimId().equals(e.linkClaimId())).toList();
            if (explained.isEmpty()) {
                out.append("      - {kind: ").append(link.kind().name()).append(", claimId: ").append(link.claimId())
                        .append("}\n");
            } else {
                out.append("      - kind: ").append(link.kind().name()).append('\n')
                        .append("        claimId: ").append(link.claimId()).append('\n');
                explanations(out, explained, 8);
            }
        }
    }

    private static void explanations(StringBuilder out, List<ExplanationSeed> explanations, int indent) {
        if (explanations.isEmpty()) {
            return;
        }
        String pad = " ".repeat(indent);
        out.append(pad).append(ExplanationsReader.FIELD).append(":\n");
        for (ExplanationSeed explanation : explanations) {
            out.append(pad).append("  - rule: ").append(YamlScalar.quoted(explanation.rule())).append('\n')
                    .append(pad).append("    note: ").append(YamlScalar.quoted(explanation.note())).append('\n');
        }
    }

    /** The {@code verdict:} block that states {@code verdict} at {@code indent}, one line each, without line ends. */
    public static List<String> verdictBlock(NewVerdict verdict, int indent) {
        String pad = " ".repeat(indent);
        List<String> lines = new ArrayList<>();
        lines.add(pad + "verdict:");
        lines.add(pad + "  status: " + verdict.status().name());
        lines.add(pad + "  asOf: " + verdict.asOf());
        lines.add(pad + "  rationale: " + YamlScalar.quoted(verdict.rationale()));
        if (!verdict.evidence().isEmpty()) {
            lines.add(pad + "  evidence:");
            for (EvidenceItem item : verdict.evidence()) {
                lines.add(pad + "    - date: " + item.date());
                lines.add(pad + "      summary: " + YamlScalar.quoted(item.summary()));
                lines.add(pad + "      source: " + YamlScalar.quoted(item.source()));
                if (item.url() != null) {
                    lines.add(pad + "      url: " + YamlScalar.quoted(item.url()));
                }
            }
        }
        return lines;
    }
}
