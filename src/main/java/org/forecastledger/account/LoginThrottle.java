package org.forecastledger.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.forecastledger.LedgerConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after too many failed logins for one account from one address, or too many from
 * one address for any accounts, further attempts are refused for a pause that doubles with each failure
 * (up to 15 minutes). A success clears the account's count. Counts are kept in memory, per instance.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration firstPause;
    Clock clock = Clock.systemUTC();

    @Inject
    public LoginThrottle(LedgerConfig config) {
        this(config.accounts().maxFailedLogins(), config.accounts().maxFailedLoginsPerAddress(),
                config.accounts().lockout());
    }

    LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration firstPause) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.firstPause = firstPause;
    }

    /** How long the caller must wait before trying again, or empty when it may try now. */
    public Optional<Duration> pause(String address, String username) {
        Instant now = clock.instant();
        return longer(wait(accountKey(address, username), maxFailures, now),
                wait(addressKey(address), maxFailuresPerAddress, now));
    }

    public void failed(String address, String username) {
        Instant now = clock.instant();
        if (failures.size() > MAX_ENTRIES) {
            failures.values().removeIf(entry -> entry.last.plus(MEMORY).isBefore(now));
        }
        failures.compute(accountKey(address, username), (key, entry) -> Failures.next(entry, now));
        failures.compute(addressKey(address), (key, entry) -> Failures.next(entry, now));
    }

    /** Forgets every failure (tests that fail logins on purpose clean up after themselves). */
    void forgetAll() {
        failures.clear();
    }

    public void succeeded(String address, String username) {
        failures.remove(accountKey(address, username));
    }

    private Optional<Duration> wait(String key, int allowed, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null || entry.count < allowed || entry.last.plus(MEMORY).isBefore(now)) {
            return Optional.empty();
        }
        long doublings = Math.min(entry.count - allowed, 10);
        Duration pause = firstPause.multipliedBy(1L << doublings);
        if (pause.compareTo(LONGEST_PAUSE) > 0) {
            pause = LONGEST_PAUSE;
        }
        Instant until = entry.last.plus(pause);
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }

    private static String accountKey(String address, String username) {
        return address + "|" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return address;
    }

    private record Failures(int count, Instant last) {
        static Failures next(Failures previous, Instant now) {
            boolean forgotten = previous == null || previous.last.plus(MEMORY).isBefore(now);
            return new Failures(forgotten ? 1 : previous.count + 1, now);
        }
    }
}
