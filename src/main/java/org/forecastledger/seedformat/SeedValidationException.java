package org.forecastledger.seedformat;

import java.nio.file.Path;
import java.util.List;

/** The seed files are invalid; the message lists every problem as {@code file:line (id): problem}. */
public class SeedValidationException extends RuntimeException {

    private final List<String> problems;

    SeedValidationException(Path seedsDir, List<String> problems) {
        super(format(seedsDir, problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String format(Path seedsDir, List<String> problems) {
        StringBuilder message = new StringBuilder("The seed files in ")
                .append(seedsDir.toAbsolutePath().normalize())
                .append(" are invalid (")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems")
                .append("); nothing was loaded:");
        problems.forEach(problem -> message.append("\n  ").append(problem));
        return message.toString();
    }
}
