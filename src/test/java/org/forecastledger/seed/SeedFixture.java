package org.forecastledger.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/** A writable copy of the small valid seed folder in src/test/resources/seed-fixture, to break on purpose. */
final class SeedFixture {

    static final Path SOURCE = Paths.get("src/test/resources/seed-fixture");

    final Path dir;

    SeedFixture(Path tempDir) {
        this.dir = tempDir.resolve("seeds");
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(SOURCE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in {@code file}; fails loudly if the fixture changed. */
    SeedFixture replace(String file, String from, String to) {
        try {
            Path path = dir.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
                throw new IllegalStateException("'" + from + "' is not in " + file + " exactly once");
            }
            Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SeedFixture write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
