package org.forecastledger.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Applies a patch with the real {@code git apply} in a folder (no repository needed), as a team would. */
final class GitApply {

    private GitApply() {
    }

    static void apply(Path folder, String patch) throws IOException, InterruptedException {
        Path file = Files.createTempFile("seeds", ".patch");
        Files.writeString(file, patch, StandardCharsets.UTF_8);
        Process git = new ProcessBuilder("git", "apply", "--verbose", file.toString()).directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as("git apply: " + output + "\n" + patch).isZero();
    }

    /** Copies a folder tree. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
