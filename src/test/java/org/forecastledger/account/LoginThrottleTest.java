package org.forecastledger.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-30T12:00:00Z");

    private LoginThrottle throttle() {
        LoginThrottle throttle = new LoginThrottle(3, 10, Duration.ofSeconds(30));
        throttle.clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
        return throttle;
    }

    @Test
    void pausesAfterTheAllowedFailuresAndDoublesThePauseWithEachFurtherOne() {
        LoginThrottle throttle = throttle();
        throttle.failed("10.0.0.1", "ann");
        throttle.failed("10.0.0.1", "ann");
        assertThat(throttle.pause("10.0.0.1", "ann")).isEmpty();
        throttle.failed("10.0.0.1", "ann");
        assertThat(throttle.pause("10.0.0.1", "Ann")).contains(Duration.ofSeconds(30));
        assertThat(throttle.pause("10.0.0.2", "ann")).as("another address").isEmpty();
        now = now.plusSeconds(31);
        assertThat(throttle.pause("10.0.0.1", "ann")).isEmpty();
        throttle.failed("10.0.0.1", "ann");
        assertThat(throttle.pause("10.0.0.1", "ann")).contains(Duration.ofSeconds(60));
        for (int i = 0; i < 20; i++) {
            throttle.failed("10.0.0.1", "ann");
        }
        assertThat(throttle.pause("10.0.0.1", "ann")).contains(LoginThrottle.LONGEST_PAUSE);
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        LoginThrottle throttle = throttle();
        throttle.failed("10.0.0.1", "bob");
        throttle.failed("10.0.0.1", "bob");
        throttle.succeeded("10.0.0.1", "bob");
        throttle.failed("10.0.0.1", "bob");
        throttle.failed("10.0.0.1", "bob");
        assertThat(throttle.pause("10.0.0.1", "bob")).isEmpty();
    }

    @Test
    void oneAddressGuessingManyAccountsIsPausedForAllOfThem() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.9", "user" + i);
        }
        assertThat(throttle.pause("10.0.0.9", "someone-else")).contains(Duration.ofSeconds(30));
        assertThat(throttle.pause("10.0.0.8", "someone-else")).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAnHour() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 3; i++) {
            throttle.failed("10.0.0.1", "cat");
        }
        now = now.plus(LoginThrottle.MEMORY).plusSeconds(1);
        throttle.failed("10.0.0.1", "cat");
        assertThat(throttle.pause("10.0.0.1", "cat")).isEmpty();
    }
    @Test
    void thePauseIsTheLongerOfTheAccountsAndTheAddresss() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.1", "ann");
            throttle.failed("10.0.0.1", "other" + i);
        }
        assertThat(throttle.pause("10.0.0.1", "ann")).as("account 120 s, address 30 s").contains(Duration.ofSeconds(120));
        LoginThrottle second = throttle();
        for (int i = 0; i < 3; i++) {
            second.failed("10.0.0.1", "bob");
        }
        for (int i = 0; i < 9; i++) {
            second.failed("10.0.0.1", "other" + i);
        }
        assertThat(second.pause("10.0.0.1", "bob")).as("account 30 s, address 120 s").contains(Duration.ofSeconds(120));
    }

    @Test
    void forgetAllForgetsEveryFailure() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 3; i++) {
            throttle.failed("10.0.0.1", "dan");
        }
        throttle.forgetAll();
        assertThat(throttle.pause("10.0.0.1", "dan")).isEmpty();
    }

    @Test
    void pastOneHundredThousandEntriesTheOldOnesAreDropped() throws Exception {
        LoginThrottle throttle = throttle();
        java.lang.reflect.Field field = LoginThrottle.class.getDeclaredField("failures");
        field.setAccessible(true);
        java.util.Map<?, ?> failures = (java.util.Map<?, ?>) field.get(throttle);
        for (int i = 0; i < 50_000; i++) {
            throttle.failed("10.1." + i, "u");
        }
        assertThat(failures).hasSize(100_000);
        now = now.plus(LoginThrottle.MEMORY).plusSeconds(1);
        throttle.failed("10.9.9.9", "eve");
        assertThat(failures).as("not past the limit yet").hasSize(100_002);
        throttle.failed("10.9.9.9", "eve");
        assertThat(failures).as("only the recent entries kept").hasSize(2);
        throttle.failed("10.9.9.9", "eve");
        assertThat(throttle.pause("10.9.9.9", "eve")).contains(Duration.ofSeconds(30));
    }
}
