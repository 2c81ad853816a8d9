package org.forecastledger.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fingerprint decides whether a seed load is skipped: the same folder must give the same fingerprint, and any
 * change to what the loader reads (a byte, a file name, a file moved, added or removed) must give another one.
 */
class SeedFingerprintTest {

    @TempDir
    Path temp;

    private Path folder(String name, String... pathsAndTexts) throws Exception {
        Path dir = temp.resolve(name);
        Files.createDirectories(dir);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path file = dir.resolve(pathsAndTexts[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathsAndTexts[i + 1], StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void fingerprintIsTheSha256OfTheLoaderVersionThenEachPathTextAndSeparatorInPathOrder() throws Exception {
        Path dir = folder("seeds", "b.yaml", "bee", "claims/a.yaml", "ay");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(SeedFingerprint.LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
        expected.writeBytes("b.yaml\0bee\0claims/a.yaml\0ay\0".getBytes(StandardCharsets.UTF_8));

        assertThat(SeedFingerprint.of(dir)).isEqualTo(sha256(expected.toByteArray())).hasSize(64);
    }

    @Test
    void emptyFolderIsFingerprintedByTheLoaderVersionAlone() throws Exception {
        Path dir = folder("empty");
        Files.createDirectories(dir.resolve("claims"));

        assertThat(SeedFingerprint.of(dir))
                .isEqualTo(sha256(SeedFingerprint.LOADER_VERSION.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sameContentInAnotherFolderGivesTheSameFingerprintSoTheLoadIsSkipped() throws Exception {
        Path one = folder("one", "themes.yaml", "themes: []\n", "claims/a.yaml", "document: a\n");
        Path two = folder("two", "claims/a.yaml", "document: a\n", "themes.yaml", "themes: []\n");

        assertThat(SeedFingerprint.of(one)).isEqualTo(SeedFingerprint.of(two)).isEqualTo(SeedFingerprint.of(one));
    }

    @Test
    void anyChangeToWhatTheLoaderReadsGivesAnotherFingerprint() throws Exception {
        String base = SeedFingerprint.of(folder("base", "a.txt", "ab", "c.txt", "c"));

        assertThat(SeedFingerprint.of(folder("byte", "a.txt", "aB", "c.txt", "c"))).isNotEqualTo(base);
        assertThat(SeedFingerprint.of(folder("renamed", "b.txt", "ab", "c.txt", "c"))).isNotEqualTo(base);
        assertThat(SeedFingerprint.of(folder("moved", "x/a.txt", "ab", "c.txt", "c"))).isNotEqualTo(base);
        assertThat(SeedFingerprint.of(folder("shifted", "a.txt", "a", "c.txt", "bc"))).isNotEqualTo(base);
        assertThat(SeedFingerprint.of(folder("added", "a.txt", "ab", "c.txt", "c", "d.txt", ""))).isNotEqualTo(base);
        assertThat(SeedFingerprint.of(folder("removed", "a.txt", "ab"))).isNotEqualTo(base);
    }

    @Test
    void fileLargerThanTheReadBufferIsHashedWhole() throws Exception {
        String large = "x".repeat((1 << 16) + 10);
        Path dir = folder("large", "big.txt", large);
        byte[] expected = (SeedFingerprint.LOADER_VERSION + "big.txt\0" + large + "\0").getBytes(StandardCharsets.UTF_8);

        assertThat(SeedFingerprint.of(dir)).isEqualTo(sha256(expected));
        assertThat(SeedFingerprint.of(folder("larger", "big.txt", large + "y"))).isNotEqualTo(SeedFingerprint.of(dir));
    }

    @Test
    void missingFolderFailsWithAnIoError() {
        assertThatThrownBy(() -> SeedFingerprint.of(temp.resolve("nowhere"))).isInstanceOf(UncheckedIOException.class);
    }
}
