package org.forecastledger.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.forecastledger.OwnDatabase;
import org.forecastledger.seed.SeedImporter;
import org.forecastledger.seed.SeedReader;
import org.forecastledger.seedformat.SeedSet;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictRevision;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Start-up work under the database lock: one holder at a time; seed loads racing each other write once. */
@QuarkusTest
@TestProfile(ClusterLockTest.OwnLedger.class)
class ClusterLockTest {

    private static final int LOADERS = 4;

    /** The race changes every seed verdict: in a database of its own, which other tests never see. */
    public static class OwnLedger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", OwnDatabase.url("clusterlock"));
        }
    }

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
    void seedLoadsStartedTogetherAppendEachChangedVerdictOnce() throws Exception {
        SeedSet revised = revised(SeedReader.read(Paths.get("src/test/resources/seed-fixture")));
        long before = revisions();
        List<CompletableFuture<SeedImporter.Report>> loads = IntStream.range(0, LOADERS)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> importer.importSeeds(revised))).toList();
        int appended = 0;
        for (CompletableFuture<SeedImporter.Report> load : loads) {
            appended += load.get(60, TimeUnit.SECONDS).revisionsAppended();
        }
        // without the lock the loads read the same newest revisions and each appends (or collides on) the change
        assertThat(appended).as("revisions appended by %d loads together", LOADERS).isEqualTo(revised.claims().size());
        assertThat(revisions()).isEqualTo(before + revised.claims().size());
    }

    /** The seed set with every verdict's rationale changed, as a curator's edit of the seed folder would. */
    private static SeedSet revised(SeedSet seeds) {
        String edit = " (revised " + UUID.randomUUID() + ")";
        List<ClaimSeed> claims = seeds.claims().stream().map(claim -> new ClaimSeed(claim.id(), claim.documentId(),
                claim.themeId(), claim.position(), claim.quote(), claim.occurrence(), claim.start(), claim.end(),
                claim.locator(), claim.statement(), claim.attributedTo(), claim.horizonLabel(), claim.horizonUntil(),
                claim.hedgeWords(), claim.hedgeBand(), claim.links(), new NewVerdict(claim.verdict().status(),
                        claim.verdict().asOf(), claim.verdict().rationale() + edit, claim.verdict().evidence()),
                claim.healthExceptions())).toList();
        assertThat(claims).isNotEmpty();
        return new SeedSet(seeds.themes(), seeds.documents(), claims);
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
