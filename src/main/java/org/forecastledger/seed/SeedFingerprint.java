package org.forecastledger.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of a seed folder: every regular file's relative path and bytes, in path order, plus the loader's
 * version. Equal fingerprints mean the folder would load to the same ledger, so the load can be skipped.
 */
final class SeedFingerprint {

    /** Bump when the loader's rules change what a folder loads to: an old fingerprint then no longer matches. */
    static final String LOADER_VERSION = "seed-loader-1";

    private SeedFingerprint() {
    }

    static String of(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
            byte[] buffer = new byte[1 << 16];
            for (Path file : files) {
                digest.update((dir.relativize(file).toString().replace('\\', '/') + "\0").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
