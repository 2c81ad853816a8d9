package org.forecastledger.review;

import org.forecastledger.verdict.EvidenceItem;
import org.forecastledger.verdict.NewVerdict;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A claim's {@code verdict:} block in a seed file: where it is (from SnakeYAML's node marks), what it says, and a
 * verdict written as such a block. Strings are written double-quoted with escapes, so that any rationale reads
 * back exactly as it was decided (the seed loader trims, and a decided text is already trimmed).
 */
final class SeedYaml {

    private SeedYaml() {
    }

    /** The verdict key of a claim: its 0-based line and column, and the verdict it holds (null if unreadable). */
    record Located(int line, int column, NewVerdict verdict) {
    }

    static Optional<Located> locate(String fileText, String claimId) {
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(fileText));
        if (!(root instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        Node claims = value(mapping, "claims");
        if (!(claims instanceof SequenceNode sequence)) {
            return Optional.empty();
        }
        for (Node node : sequence.getValue()) {
            if (node instanceof MappingNode claim && claimId.equals(scalar(value(claim, "id")))) {
                for (NodeTuple tuple : claim.getValue()) {
                    if ("verdict".equals(scalar(tuple.getKeyNode()))) {
                        return Optional.of(new Located(tuple.getKeyNode().getStartMark().getLine(),
                                tuple.getKeyNode().getStartMark().getColumn(), read(tuple.getValueNode())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The block that states {@code verdict} at {@code indent}, one line each, without line ends. */
    static List<String> block(NewVerdict verdict, int indent) {
        String pad = " ".repeat(indent);
        List<String> lines = new ArrayList<>();
        lines.add(pad + "verdict:");
        lines.add(pad + "  status: " + verdict.status().name());
        lines.add(pad + "  asOf: " + verdict.asOf());
        lines.add(pad + "  rationale: " + quoted(verdict.rationale()));
        if (!verdict.evidence().isEmpty()) {
            lines.add(pad + "  evidence:");
            for (EvidenceItem item : verdict.evidence()) {
                lines.add(pad + "    - date: " + item.date());
                lines.add(pad + "      summary: " + quoted(item.summary()));
                lines.add(pad + "      source: " + quoted(item.source()));
                if (item.url() != null) {
                    lines.add(pad + "      url: " + quoted(item.url()));
                }
            }
        }
        return lines;
    }

    /** A YAML double-quoted scalar: quotes, backslashes and every non-printable character escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean printable = c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0x2028
                            && c != 0x2029 && c != 0xFEFF && c != 0xFFFE && c != 0xFFFF
                            && !(c >= 0xD800 && c <= 0xDFFF);
                    if (printable) {
                        out.appendCodePoint(c);
                    } else {
                        out.append(String.format("\\u%04X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private static NewVerdict read(Node node) {
        try {
            MappingNode verdict = (MappingNode) node;
            List<EvidenceItem> evidence = new ArrayList<>();
            if (value(verdict, "evidence") instanceof SequenceNode items) {
                for (Node item : items.getValue()) {
                    MappingNode map = (MappingNode) item;
                    String url = scalar(value(map, "url"));
                    evidence.add(new EvidenceItem(LocalDate.parse(scalar(value(map, "date"))),
                            scalar(value(map, "summary")).trim(), scalar(value(map, "source")).trim(),
                            url == null ? null : url.trim()));
                }
            }
            return new NewVerdict(org.forecastledger.verdict.VerdictStatus.valueOf(scalar(value(verdict, "status"))),
                    LocalDate.parse(scalar(value(verdict, "asOf"))), scalar(value(verdict, "rationale")).trim(),
                    evidence);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Node value(MappingNode mapping, String key) {
        return mapping.getValue().stream().filter(tuple -> key.equals(scalar(tuple.getKeyNode())))
                .map(NodeTuple::getValueNode).findFirst().orElse(null);
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }
}
