package org.forecastledger.seedformat;

import org.forecastledger.verdict.EvidenceItem;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictStatus;

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
import java.util.Set;

/**
 * Reads a claim's {@code verdict:} block: status, as-of date, rationale and the evidence it needs; and finds the
 * block of one claim in a claim file's text, for a patch that replaces it (SeedWriter writes the replacement).
 */
public final class VerdictReader {

    private static final Set<String> VERDICT_FIELDS = Set.of("status", "asOf", "rationale", "evidence");
    private static final Set<String> EVIDENCE_FIELDS = Set.of("date", "summary", "source", "url");

    private VerdictReader() {
    }

    /** The verdict key of a claim: its 0-based line and column, and the verdict it holds (null if invalid). */
    public record Located(int line, int column, NewVerdict verdict) {
    }

    /** Where the verdict of {@code claimId} stands in a claim file's text, read as the loader reads it. */
    public static Optional<Located> locate(String fileText, String claimId) {
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(fileText));
        if (!(root instanceof MappingNode mapping) || !(value(mapping, "claims") instanceof SequenceNode claims)) {
            return Optional.empty();
        }
        for (Node node : claims.getValue()) {
            if (node instanceof MappingNode claim && value(claim, "id") instanceof ScalarNode id
                    && claimId.equals(id.getValue())) {
                for (NodeTuple tuple : claim.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && "verdict".equals(key.getValue())) {
                        return Optional.of(new Located(key.getStartMark().getLine(), key.getStartMark().getColumn(),
                                readAlone(tuple.getValueNode(), claimId)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The verdict at {@code node}, or null when the loader would refuse it. */
    private static NewVerdict readAlone(Node node, String claimId) {
        SeedProblems problems = new SeedProblems();
        NewVerdict verdict = YamlMapping.of("", node, problems, claimId, "'verdict'").map(VerdictReader::read)
                .orElse(null);
        return problems.isEmpty() ? verdict : null;
    }

    private static Node value(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode scalar && key.equals(scalar.getValue()))
                .map(NodeTuple::getValueNode).findFirst().orElse(null);
    }

    /** The verdict, or null with its problems reported. */
    static NewVerdict read(YamlMapping verdict) {
        verdict.rejectUnknownFields(VERDICT_FIELDS);
        VerdictStatus status = verdict.requiredEnum("status", VerdictStatus.class);
        LocalDate asOf = verdict.requiredDate("asOf");
        String rationale = verdict.requiredText("rationale", 8000);
        List<EvidenceItem> evidence = new ArrayList<>();
        boolean evidenceValid = true;
        for (YamlMapping item : verdict.mappings("evidence", false, "an evidence item")) {
            EvidenceItem read = readEvidence(item);
            if (read == null) {
                evidenceValid = false;
            } else {
                evidence.add(read);
            }
        }
        if (status != null && status.needsEvidence() && evidence.isEmpty() && evidenceValid) {
            verdict.report("status", "a " + status + " verdict needs at least one evidence item");
            return null;
        }
        if (status == null || asOf == null || rationale == null || !evidenceValid) {
            return null;
        }
        return new NewVerdict(status, asOf, rationale.trim(), evidence);
    }

    private static EvidenceItem readEvidence(YamlMapping item) {
        item.rejectUnknownFields(EVIDENCE_FIELDS);
        LocalDate date = item.requiredDate("date");
        String summary = item.requiredText("summary", 4000);
        String source = item.requiredText("source", 1000);
        String url = item.optionalText("url", 2000);
        if (url != null && !EvidenceItem.isWebAddress(url.trim())) {
            item.report("url", "'url' must be an absolute http(s) address, not '" + url + "'");
            return null;
        }
        if (date == null || summary == null || source == null) {
            return null;
        }
        return new EvidenceItem(date, summary.trim(), source.trim(), url == null ? null : url.trim());
    }
}
