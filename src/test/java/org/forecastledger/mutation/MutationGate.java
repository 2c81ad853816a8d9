package org.forecastledger.mutation;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Run by the {@code mutation} profile after PIT: reads {@code target/pit-reports/mutations.xml}, prints each mutated
 * class's score and fails the build when a class of the groups that must stand on their own (the forecast detector,
 * the seed format, the document renderer, the login throttle, agreement, scoring) is below {@link #FLOOR} percent.
 * PIT's own thresholds hold the whole set (mutation score, test strength).
 */
public final class MutationGate {

    static final int FLOOR = 80;
    static final Pattern HELD = Pattern.compile("org\\.forecastledger\\.(ingest\\.(ForecastDetector|Guesses|SentenceSplitter"
            + "|EstimativeLanguage)|seedformat\\.\\w+|document\\.Document(Renderer|Inlines|Tables)|account\\.LoginThrottle"
            + "|review\\.Agreement|scoring\\.\\w+)");
    /** PIT's statuses that count as a detected mutant. */
    static final Set<String> DETECTED = Set.of("KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR");

    private MutationGate() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "target/pit-reports/mutations.xml");
        if (!Files.isRegularFile(report)) {
            throw new IllegalStateException("No PIT report at " + report.toAbsolutePath() + ": did PIT run?");
        }
        Map<String, int[]> scores = scores(report);
        List<String> low = check(scores);
        System.out.println(table(scores));
        if (!low.isEmpty()) {
            throw new IllegalStateException("Mutation score below " + FLOOR + " % for: " + String.join(", ", low));
        }
    }

    /** Per top-level class: {detected, all}. */
    static Map<String, int[]> scores(Path report) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList mutations = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("mutation");
        Map<String, int[]> scores = new TreeMap<>();
        for (int i = 0; i < mutations.getLength(); i++) {
            Element mutation = (Element) mutations.item(i);
            String type = mutation.getElementsByTagName("mutatedClass").item(0).getTextContent();
            String top = type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
            int[] score = scores.computeIfAbsent(top, key -> new int[2]);
            score[0] += DETECTED.contains(mutation.getAttribute("status")) ? 1 : 0;
            score[1]++;
        }
        return scores;
    }

    /** The held classes below the floor, each with its score. */
    static List<String> check(Map<String, int[]> scores) {
        return scores.entrySet().stream()
                .filter(entry -> HELD.matcher(entry.getKey()).matches())
                .filter(entry -> percent(entry.getValue()) < FLOOR)
                .map(entry -> entry.getKey() + " " + entry.getValue()[0] + "/" + entry.getValue()[1])
                .toList();
    }

    static String table(Map<String, int[]> scores) {
        StringBuilder out = new StringBuilder("Mutation score per class (detected/all; * = held to " + FLOOR + " %):\n");
        scores.forEach((type, score) -> out.append(String.format("  %-60s %4d/%-4d %5.1f %%%s%n", type, score[0],
                score[1], 100.0 * score[0] / score[1], HELD.matcher(type).matches() ? " *" : "")));
        return out.toString();
    }

    static double percent(int[] score) {
        return score[1] == 0 ? 100 : 100.0 * score[0] / score[1];
    }
}
