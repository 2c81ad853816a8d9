package org.forecastledger.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.spec.SecretKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SessionKeyTest {

    @Test
    void aGeneratedKeyIsKeptOwnerOnlyAndReusedAfterARestart(@TempDir Path data) throws Exception {
        Path file = data.resolve("nested/session.key");
        String first = SessionKey.stored(file);
        assertThat(first).hasSizeGreaterThanOrEqualTo(SessionKey.MIN_SECRET_LENGTH);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SessionKey.stored(file)).as("the same key after a restart").isEqualTo(first);
        assertThat(SessionKey.stored(data.resolve("other.key"))).isNotEqualTo(first);
    }

    @Test
    void aCookieOpensOnlyWithTheKeyThatSealedItAndOnlyWhole() {
        SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
        SecretKeySpec other = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(), "AES");
        SessionCookie cookie = new SessionCookie("ann", Instant.ofEpochSecond(1_800_000_000L),
                Instant.ofEpochSecond(1_800_000_060L));
        String sealed = cookie.seal(key);
        assertThat(sealed).doesNotContain("ann");
        assertThat(SessionCookie.open(sealed, key)).contains(cookie);
        assertThat(SessionCookie.open(sealed, other)).isEmpty();
        assertThat(SessionCookie.open(sealed.substring(0, sealed.length() - 3), key)).isEmpty();
        assertThat(SessionCookie.open("not base64 !", key)).isEmpty();
        assertThat(SessionCookie.open("", key)).isEmpty();
        assertThat(cookie.seal(key)).as("a fresh IV each time").isNotEqualTo(sealed);
    }
}
