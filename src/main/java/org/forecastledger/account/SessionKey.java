package org.forecastledger.account;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.forecastledger.LedgerConfig;
import org.forecastledger.cluster.ClusterChannel;
import org.forecastledger.cluster.SharedSecrets;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The AES key that seals session cookies: derived from {@code ledger.accounts.session-key} when it is set, otherwise
 * generated once and kept, so that a restart keeps people logged in: on H2 in {@code <data-dir>/session.key}, on
 * PostgreSQL in the database ({@code app_secret}), so that every instance sharing it reads the same key and a person
 * logged in on one instance is logged in on all.
 */
@ApplicationScoped
public class SessionKey {

    static final int MIN_SECRET_LENGTH = 32;
    static final String SHARED_SECRET_NAME = "session-key";

    private final SecretKeySpec key;

    @Inject
    public SessionKey(LedgerConfig config, ClusterChannel cluster, SharedSecrets shared) {
        String secret = config.accounts().sessionKey().filter(value -> !value.isBlank())
                .orElseGet(() -> cluster.shared() ? shared.getOrCreate(SHARED_SECRET_NAME)
                        : stored(config.dataDir().resolve("session.key")));
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("ledger.accounts.session-key (LEDGER_ACCOUNTS_SESSION_KEY) must be at least "
                    + MIN_SECRET_LENGTH + " characters long, not " + secret.length());
        }
        key = new SecretKeySpec(sha256(secret), "AES");
    }

    /** Reads or generates the key at start, on the main thread, rather than in the first request. */
    void onStart(@Observes StartupEvent start) {
        key();
    }

    SecretKeySpec key() {
        return key;
    }

    /** Reads the generated secret, or writes a new one readable by its owner only. */
    static String stored(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getEncoder().encodeToString(random);
            try {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the file keeps the folder's permissions
                }
                Files.writeString(file, secret, StandardCharsets.US_ASCII);
                Log.infof("Generated a session key in %s: keep it to keep sessions across restarts", file);
                return secret;
            } catch (FileAlreadyExistsException e) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the session key file " + file, e);
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
