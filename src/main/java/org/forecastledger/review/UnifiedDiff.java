package org.forecastledger.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of one text file under line replacements, as {@code git apply} reads it: three lines of context,
 * hunks merged when their context touches, the file's own line ends kept, a missing final newline marked.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    /** Lines {@code from} (inclusive) to {@code to} (exclusive), 0-based, become {@code lines} (with line ends). */
    record Replacement(int from, int to, List<String> lines) {
    }

    private UnifiedDiff() {
    }

    /** Splits text into lines that keep their line ends. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** The diff of {@code path} for replacements sorted by position and not overlapping; empty if there are none. */
    static String of(String path, List<String> old, List<Replacement> replacements) {
        if (replacements.isEmpty()) {
            return "";
        }
        StringBuilder diff = new StringBuilder();
        diff.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        diff.append("--- a/").append(path).append('\n');
        diff.append("+++ b/").append(path).append('\n');
        int shift = 0;
        int i = 0;
        while (i < replacements.size()) {
            int j = i;
            while (j + 1 < replacements.size() && replacements.get(j + 1).from() - replacements.get(j).to() <= 2 * CONTEXT) {
                j++;
            }
            int start = Math.max(0, replacements.get(i).from() - CONTEXT);
            int end = Math.min(old.size(), replacements.get(j).to() + CONTEXT);
            StringBuilder body = new StringBuilder();
            int oldCount = 0;
            int newCount = 0;
            int at = start;
            for (int k = i; k <= j; k++) {
                Replacement replacement = replacements.get(k);
                for (; at < replacement.from(); at++, oldCount++, newCount++) {
                    line(body, ' ', old.get(at));
                }
                for (; at < replacement.to(); at++, oldCount++) {
                    line(body, '-', old.get(at));
                }
                for (String added : replacement.lines()) {
                    line(body, '+', added);
                    newCount++;
                }
            }
            for (; at < end; at++, oldCount++, newCount++) {
                line(body, ' ', old.get(at));
            }
            diff.append("@@ -").append(range(start, oldCount)).append(" +").append(range(start + shift, newCount))
                    .append(" @@\n").append(body);
            shift += newCount - oldCount;
            i = j + 1;
        }
        return diff.toString();
    }

    private static String range(int start, int count) {
        return (count == 0 ? start : start + 1) + "," + count;
    }

    private static void line(StringBuilder body, char mark, String line) {
        body.append(mark).append(line);
        if (!line.endsWith("\n")) {
            body.append("\n\\ No newline at end of file\n");
        }
    }
}
