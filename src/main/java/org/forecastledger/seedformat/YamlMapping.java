package org.forecastledger.seedformat;

import org.forecastledger.verdict.NewVerdict;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One YAML mapping of a seed file, read field by field. Each accessor reports a missing or malformed field to the
 * problem list with the file and line, and returns null (or empty) so that reading goes on and finds every problem.
 */
final class YamlMapping {

    private final String file;
    private final MappingNode node;
    private final SeedProblems problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private String subject;

    private YamlMapping(String file, MappingNode node, SeedProblems problems, String subject) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        this.subject = subject;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                report(tuple.getKeyNode(), "a field name must be plain text");
            } else if (fields.putIfAbsent(key, tuple) != null) {
                report(tuple.getKeyNode(), "field '" + key + "' is given twice");
            }
        }
    }

    /** The mapping at {@code node}, or empty (with a problem reported) when the node is something else. */
    static Optional<YamlMapping> of(String file, Node node, SeedProblems problems, String subject, String what) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(file, mapping, problems, subject));
        }
        problems.add(file, line(node), subject, what + " must be a mapping of fields");
        return Optional.empty();
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    int line() {
        return line(node);
    }

    int line(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? line() : line(tuple.getValueNode());
    }

    String file() {
        return file;
    }

    /** Names the record (e.g. the claim id) in later messages. */
    void subject(String subject) {
        this.subject = subject;
    }

    String subject() {
        return subject;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    void report(String key, String message) {
        problems.add(file, line(key), subject, message);
    }

    void report(Node at, String message) {
        problems.add(file, line(at), subject, message);
    }

    void rejectUnknownFields(Set<String> known) {
        for (Map.Entry<String, NodeTuple> field : fields.entrySet()) {
            if (!known.contains(field.getKey())) {
                report(field.getValue().getKeyNode(), "unknown field '" + field.getKey() + "' (expected one of: "
                        + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    String requiredText(String key) {
        String value = optionalText(key);
        if (value == null && !has(key)) {
            problems.add(file, line(), subject, "missing field '" + key + "'");
        }
        return value;
    }

    /** Required text of at most {@code max} characters (the column it is stored in). */
    String requiredText(String key, int max) {
        return limited(key, requiredText(key), max);
    }

    String optionalText(String key, int max) {
        return limited(key, optionalText(key), max);
    }

    private String limited(String key, String value, int max) {
        if (value != null && value.length() > max) {
            report(key, "'" + key + "' must be at most " + max + " characters, not " + value.length());
            return null;
        }
        return value;
    }

    String optionalText(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            return null;
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            report(key, "'" + key + "' must be text");
            return null;
        }
        if (scalar.getValue().isBlank()) {
            report(key, "'" + key + "' is blank");
            return null;
        }
        return scalar.getValue();
    }

    Integer requiredInt(String key, int min, int max) {
        Integer value = optionalInt(key, min, max);
        if (!has(key)) {
            problems.add(file, line(), subject, "missing field '" + key + "'");
        }
        return value;
    }

    Integer optionalInt(String key, int min, int max) {
        String text = optionalText(key);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                report(key, "'" + key + "' must be between " + min + " and " + max + ", not " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            report(key, "'" + key + "' must be a whole number, not '" + text + "'");
            return null;
        }
    }

    LocalDate requiredDate(String key) {
        LocalDate value = optionalDate(key);
        if (!has(key)) {
            problems.add(file, line(), subject, "missing field '" + key + "'");
        }
        return value;
    }

    LocalDate optionalDate(String key) {
        String text = optionalText(key);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (!NewVerdict.isPlausible(date)) {
                report(key, "'" + key + "' must be between " + NewVerdict.EARLIEST + " and " + NewVerdict.LATEST
                        + ", not " + date);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            report(key, "'" + key + "' must be an ISO date (yyyy-mm-dd), not '" + text + "'");
            return null;
        }
    }

    <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
        String text = requiredText(key);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            report(key, "'" + key + "' must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '"
                    + text + "'");
            return null;
        }
    }

    Optional<YamlMapping> mapping(String key, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(file, line(), subject, "missing field '" + key + "'");
            }
            return Optional.empty();
        }
        return of(file, tuple.getValueNode(), problems, subject, "'" + key + "'");
    }

    /** The items of a list field; an absent optional list is empty. */
    List<Node> list(String key, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(file, line(), subject, "missing field '" + key + "'");
            }
            return List.of();
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            return new ArrayList<>(sequence.getValue());
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
            return List.of();
        }
        report(key, "'" + key + "' must be a list");
        return List.of();
    }

    List<YamlMapping> mappings(String key, boolean required, String what) {
        List<YamlMapping> items = new ArrayList<>();
        for (Node item : list(key, required)) {
            of(file, item, problems, subject, what).ifPresent(items::add);
        }
        return items;
    }
}
