package org.forecastledger.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.forecastledger.seed.SeedImporter;
import org.forecastledger.seed.SeedReader;
import org.forecastledger.seedformat.SeedSet;
import org.forecastledger.verdict.VerdictRevision;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Start-up work under the database lock: one holder at a time; seed loads racing each other write once. */
@QuarkusTest
class ClusterLockTest {

    @Inject
    ClusterLock lock;

    @Inject
    SeedImporter importer;

    @Inject
    SharedSecrets secrets;

    @Test
    void aSecondHolderWaitsUntilTheFirstCommits() throws Exception {
        String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch firstHolds = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            lock.hold(name);
            firstHolds.countDown();
            order.add("first holds");
            sleep(700);
            order.add("first releases");
        }));
        assertThat(firstHolds.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            lock.hold(name);
            order.add("second holds");
        }));
        CompletableFuture.allOf(first, second).get(30, TimeUnit.SECONDS);
        assertThat(order).containsExactly("first holds", "first releases", "second holds");
    }

    @Test
    void seedLoadsStartedTogetherNeverDuplicateARevision() throws Exception {
        SeedSet seeds = SeedReader.read(Paths.get("src/test/resources/seed-fixture"));
        long before = revisions();
        CompletableFuture<SeedImporter.Report> one = CompletableFuture.supplyAsync(() -> importer.importSeeds(seeds));
        CompletableFuture<SeedImporter.Report> two = CompletableFuture.supplyAsync(() -> importer.importSeeds(seeds));
        assertThat(one.get(60, TimeUnit.SECONDS).revisionsAppended()).isZero();
        assertThat(two.get(60, TimeUnit.SECONDS).revisionsAppended()).isZero();
        assertThat(revisions()).isEqualTo(before);
    }

    @Test
    void aSharedSecretIsWrittenOnceWhoeverAsksFirst() throws Exception {
        String name = "test-secret-" + UUID.randomUUID();
        List<CompletableFuture<String>> askers = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> secrets.getOrCreate(name))).toList();
        List<String> answers = new java.util.ArrayList<>();
        for (CompletableFuture<String> asker : askers) {
            answers.add(asker.get(30, TimeUnit.SECONDS));
        }
        assertThat(answers).hasSize(6).allMatch(answers.get(0)::equals);
        assertThat(answers.get(0)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(secrets.getOrCreate(name)).isEqualTo(answers.get(0));
    }

    private static long revisions() {
        return QuarkusTransaction.requiringNew().call(() -> VerdictRevision.count());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
