package org.forecastledger.seedformat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found in the seed files, so that one start reports them all at once. */
final class SeedProblems {

    record Problem(String file, int line, String subject, String message) {

        @Override
        public String toString() {
            String where = line > 0 ? file + ":" + line : file;
            return subject == null ? where + ": " + message : where + " (" + subject + "): " + message;
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    void add(String file, int line, String subject, String message) {
        problems.add(new Problem(file, line, subject, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<String> sorted() {
        return problems.stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
                .map(Problem::toString)
                .toList();
    }
}
