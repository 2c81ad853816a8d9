package org.forecastledger.account;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Basic credentials are dropped before any lookup: a NUL in the username, nothing else. */
class UnusableCredentialsTest {

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNulInTheUsernameMakesCredentialsUnusable() {
        assertThat(UnusableCredentials.unusable(basic("ad\u0000min:secret"))).isTrue();
        assertThat(UnusableCredentials.unusable(basic("\u0000"))).isTrue();
        assertThat(UnusableCredentials.unusable("basic " + basic("\u0000:x").substring(6))).isTrue();
    }

    @Test
    void everythingElseGoesOnToTheUsualCheck() {
        assertThat(UnusableCredentials.unusable(basic("admin:se\u0000cret"))).isFalse();
        assertThat(UnusableCredentials.unusable(basic("admin:secret"))).isFalse();
        assertThat(UnusableCredentials.unusable("Basic not base64!")).isFalse();
        assertThat(UnusableCredentials.unusable("Bearer abc")).isFalse();
        assertThat(UnusableCredentials.unusable("")).isFalse();
    }
}
