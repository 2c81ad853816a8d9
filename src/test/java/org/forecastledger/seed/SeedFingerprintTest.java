package org.forecastledger.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a seed load is skipped: the fingerprint changes when any seed file's bytes or name change, not otherwise. */
class SeedFingerprintTest {

    @TempDir
    Path temp;

    @Test
    void sameFilesGiveTheSameFingerprint() {
        String first = SeedFingerprint.of(new SeedFixture(temp.resolve("a")).dir);
        String second = SeedFingerprint.of(new SeedFixture(temp.resolve("b")).dir);
        assertThat(first).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(second);
    }

    @Test
    void changingAnyFileChangesTheFingerprint() {
        String original = SeedFingerprint.of(new SeedFixture(temp.resolve("a")).dir);
        SeedFixture theme = new SeedFixture(temp.resolve("b")).replace("themes.yaml", "Arms control", "Arms contrl");
        SeedFixture claim = new SeedFixture(temp.resolve("c")).replace("claims/beta.yaml", "LIKELY", "UNLIKELY");
        SeedFixture text = new SeedFixture(temp.resolve("d")).write("beta.txt", "Beta report\n");
        assertThat(SeedFingerprint.of(theme.dir)).isNotEqualTo(original);
        assertThat(SeedFingerprint.of(claim.dir)).isNotEqualTo(original);
        assertThat(SeedFingerprint.of(text.dir)).isNotEqualTo(original)
                .isNotEqualTo(SeedFingerprint.of(theme.dir));
    }

    @Test
    void renamingOrAddingAFileChangesTheFingerprint() throws Exception {
        SeedFixture fixture = new SeedFixture(temp);
        String original = SeedFingerprint.of(fixture.dir);
        Files.move(fixture.dir.resolve("claims/beta.yaml"), fixture.dir.resolve("claims/gamma.yaml"));
        String renamed = SeedFingerprint.of(fixture.dir);
        assertThat(renamed).isNotEqualTo(original);
        Files.createDirectories(fixture.dir.resolve("empty-folder"));
        assertThat(SeedFingerprint.of(fixture.dir)).as("an empty folder holds no bytes").isEqualTo(renamed);
        fixture.write("notes.txt", "");
        assertThat(SeedFingerprint.of(fixture.dir)).as("an empty file still counts").isNotEqualTo(renamed);
    }

    @Test
    void movingBytesFromOneFileToTheNextChangesTheFingerprint() throws Exception {
        Path one = Files.createDirectories(temp.resolve("one"));
        Files.writeString(one.resolve("a"), "xy");
        Files.writeString(one.resolve("b"), "z");
        Path two = Files.createDirectories(temp.resolve("two"));
        Files.writeString(two.resolve("a"), "x");
        Files.writeString(two.resolve("b"), "yz");
        assertThat(SeedFingerprint.of(one)).isNotEqualTo(SeedFingerprint.of(two));
    }

    @Test
    void fingerprintIsTheDocumentedDigest() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("seeds"));
        Files.createDirectories(dir.resolve("claims"));
        Files.writeString(dir.resolve("themes.yaml"), "themes: []\n");
        Files.writeString(dir.resolve("claims/a.yaml"), "document: a\n");

        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(SeedFingerprint.LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
        digest.update("claims/a.yaml\0document: a\n\0".getBytes(StandardCharsets.UTF_8));
        digest.update("themes.yaml\0themes: []\n\0".getBytes(StandardCharsets.UTF_8));

        assertThat(SeedFingerprint.of(dir)).isEqualTo(HexFormat.of().formatHex(digest.digest()));
    }

    @Test
    void largeFilesAreReadWhole() throws Exception {
        Path one = Files.createDirectories(temp.resolve("one"));
        Path two = Files.createDirectories(temp.resolve("two"));
        byte[] big = new byte[(1 << 16) + 10];
        Files.write(one.resolve("big"), big);
        big[big.length - 1] = 1;
        Files.write(two.resolve("big"), big);
        assertThat(SeedFingerprint.of(one)).isNotEqualTo(SeedFingerprint.of(two));
    }
}
