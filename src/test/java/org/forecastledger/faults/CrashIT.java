package org.forecastledger.faults;

import org.forecastledger.faults.PackagedApp.StoredRevision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash: a client streams verdict writes through the API while the server is killed with SIGKILL five times and
 * restarted on the same data folder. Every acknowledged (201) write must be there afterwards, the database must
 * open cleanly each time, and every revision chain must be intact.
 */
class CrashIT {

    static final List<String> CLAIMS = List.of("alpha-treaty-extended", "alpha-talks-resume", "beta-sanctions-stay");
    static final int KILLS = 5;
    static final int WRITES_BETWEEN_KILLS = 100;

    @TempDir
    Path data;

    PackagedApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void everyAcknowledgedVerdictSurvivesFiveKills() throws Exception {
        app = new PackagedApp(data);
        app.start();
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>(); // rationale -> revision number
        Map<String, String> claimOf = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread writer = new Thread(() -> stream(acknowledged, claimOf, attempts, running), "crash-writer");
        writer.start();
        for (int kill = 1; kill <= KILLS; kill++) {
            awaitAcknowledged(acknowledged, kill * WRITES_BETWEEN_KILLS, writer);
            app.kill();
            app.start();
        }
        awaitAcknowledged(acknowledged, (KILLS + 1) * WRITES_BETWEEN_KILLS, writer);
        running.set(false);
        writer.join(60_000);
        app.stop();

        assertThat(attempts.get()).as("writes sent").isGreaterThanOrEqualTo(500);
        assertThat(app.starts).isEqualTo(KILLS + 1);
        List<StoredRevision> stored = app.storedRevisions();
        Map<String, StoredRevision> byRationale = stored.stream()
                .collect(Collectors.toMap(StoredRevision::rationale, revision -> revision, (a, b) -> a));
        acknowledged.forEach((rationale, number) -> {
            StoredRevision revision = byRationale.get(rationale);
            assertThat(revision).as("acknowledged write '%s'", rationale).isNotNull();
            assertThat(revision.number()).as("number of '%s'", rationale).isEqualTo(number);
            assertThat(revision.claimId()).isEqualTo(claimOf.get(rationale));
        });
        assertThat(stored.stream().map(StoredRevision::rationale).filter(r -> r.startsWith("crash write")).count())
                .as("no write stored twice").isEqualTo(stored.stream().map(StoredRevision::rationale)
                        .filter(r -> r.startsWith("crash write")).distinct().count());
        LedgerIntegrity.assertIntact(stored, app.storedClaims());
    }

    /** Writes round-robin to the claims, naming the revision it last saw; the server may vanish at any moment. */
    private void stream(Map<String, Integer> acknowledged, Map<String, String> claimOf, AtomicInteger attempts,
            AtomicBoolean running) {
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        String[] statuses = {"HELD", "FAILED", "PARTIAL", "PENDING"};
        int n = 0;
        while (running.get()) {
            String claim = CLAIMS.get(n % CLAIMS.size());
            String rationale = "crash write " + n;
            try {
                Integer expected = seen.get(claim);
                if (expected == null) {
                    expected = app.revision(claim);
                }
                attempts.incrementAndGet();
                HttpResponse<String> response = app.postVerdict(claim, expected, statuses[n % 4], rationale);
                if (response.statusCode() == 201) {
                    int number = PackagedApp.number(response.body());
                    acknowledged.put(rationale, number);
                    claimOf.put(rationale, claim);
                    seen.put(claim, number);
                } else {
                    seen.remove(claim); // 409: somebody (a write whose answer was lost) got there first
                }
                n++;
            } catch (IOException | RuntimeException serverGone) {
                seen.clear();
                n++;
                pause(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void awaitAcknowledged(Map<String, Integer> acknowledged, int count, Thread writer)
            throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (acknowledged.size() < count && System.nanoTime() < deadline && writer.isAlive()) {
            Thread.sleep(5);
        }
        assertThat(acknowledged.size()).as("acknowledged writes").isGreaterThanOrEqualTo(count);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
