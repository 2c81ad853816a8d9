package org.forecastledger.faults;

import org.forecastledger.faults.PackagedApp.StoredRevision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contention: 50 concurrent writers on one claim, each naming the revision it saw. Every revision number is taken
 * exactly once, the losers get 409 naming the current revision, and nothing is lost or duplicated.
 */
class ContentionIT {

    static final String CLAIM = "alpha-talks-resume";
    static final int WRITERS = 50;
    private static final Pattern CURRENT = Pattern.compile("current revision is (\\d+)");

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
    void fiftyWritersTakeEachRevisionExactlyOnce() throws Exception {
        app = new PackagedApp(data);
        app.start();
        int start = app.revision(CLAIM);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            // Round 1: all fifty name the same revision at the same moment: one wins, 49 get 409.
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> round = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                String rationale = "race writer " + writer;
                round.add(pool.submit(() -> {
                    go.await();
                    return app.postVerdict(CLAIM, start, "PENDING", rationale);
                }));
            }
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : round) {
                answers.add(answer.get(120, TimeUnit.SECONDS));
            }
            assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
            assertThat(answers).filteredOn(answer -> answer.statusCode() == 409).hasSize(WRITERS - 1)
                    .allSatisfy(answer -> {
                        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                        assertThat(answer.body()).contains("current revision is " + (start + 1));
                    });

            // Round 2: each writer retries with the revision the 409 names until its verdict is in.
            Map<Integer, String> taken = new ConcurrentHashMap<>();
            AtomicInteger conflicts = new AtomicInteger();
            AtomicInteger duplicates = new AtomicInteger();
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                String rationale = "writer " + writer;
                writers.add(pool.submit(() -> {
                    int expected = start + 1;
                    for (int attempt = 0; attempt < 1000; attempt++) {
                        HttpResponse<String> answer = app.postVerdict(CLAIM, expected, "PENDING", rationale);
                        if (answer.statusCode() == 201) {
                            if (taken.put(PackagedApp.number(answer.body()), rationale) != null) {
                                duplicates.incrementAndGet();
                            }
                            return null;
                        }
                        assertThat(answer.statusCode()).isEqualTo(409);
                        conflicts.incrementAndGet();
                        Matcher current = CURRENT.matcher(answer.body());
                        assertThat(current.find()).isTrue();
                        expected = Integer.parseInt(current.group(1));
                    }
                    throw new AssertionError(rationale + " never got its verdict in");
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(300, TimeUnit.SECONDS);
            }
            assertThat(duplicates.get()).as("a revision number acknowledged twice").isZero();
            assertThat(taken.keySet()).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(start + 2, start + 1 + WRITERS).boxed().toList());
            assertThat(conflicts.get()).as("losers answered 409").isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(app.revision(CLAIM)).isEqualTo(start + 1 + WRITERS);
        app.stop();

        List<StoredRevision> stored = app.storedRevisions();
        List<String> rationales = stored.stream().filter(revision -> revision.claimId().equals(CLAIM))
                .map(StoredRevision::rationale).filter(text -> text.startsWith("writer ")).toList();
        assertThat(rationales).as("each writer's verdict stored exactly once").hasSize(WRITERS)
                .doesNotHaveDuplicates();
        Map<String, Long> raceWinners = stored.stream().filter(revision -> revision.rationale().startsWith("race "))
                .collect(Collectors.groupingBy(StoredRevision::rationale, Collectors.counting()));
        assertThat(raceWinners).hasSize(1);
        LedgerIntegrity.assertIntact(stored, app.storedClaims());
    }
}
