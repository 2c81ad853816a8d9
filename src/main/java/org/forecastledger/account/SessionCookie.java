package org.forecastledger.account;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The content of the session cookie, sealed with AES-GCM so that it can be neither read nor forged: who is logged
 * in, when they logged in, and when the session was last renewed.
 */
public record SessionCookie(String username, Instant loggedInAt, Instant renewedAt) {

    public static final String NAME = "ledger-session";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    public String seal(SecretKeySpec key) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] plain = (loggedInAt.getEpochSecond() + "\n" + renewedAt.getEpochSecond() + "\n" + username)
                    .getBytes(StandardCharsets.UTF_8);
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal the session cookie", e);
        }
    }

    /** The cookie's content, or empty when it was not sealed with this key or is malformed. */
    public static Optional<SessionCookie> open(String value, SecretKeySpec key) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            if (bytes.length <= IV_BYTES + 16) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            String[] parts = new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES),
                    StandardCharsets.UTF_8).split("\n", 3);
            return Optional.of(new SessionCookie(parts[2], Instant.ofEpochSecond(Long.parseLong(parts[0])),
                    Instant.ofEpochSecond(Long.parseLong(parts[1]))));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
