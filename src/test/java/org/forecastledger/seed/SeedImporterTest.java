package org.forecastledger.seed;

import org.forecastledger.seedformat.SeedSet;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.forecastledger.claim.Claim;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.verdict.Decider;
import org.forecastledger.verdict.DecisionSource;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.verdict.VerdictService;
import org.forecastledger.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SeedImporterTest {

    private static final String CLAIM = "alpha-talks-resume";

    @Inject
    SeedImporter importer;

    @Inject
    VerdictService verdicts;

    private static SeedSet fixture() {
        return SeedReader.read(Paths.get("src/test/resources/seed-fixture"));
    }

    /** The fixture with the pending claim's seed rationale changed. */
    private static SeedSet withRationale(SeedSet seeds, String rationale) {
        List<ClaimSeed> claims = seeds.claims().stream().map(claim -> !claim.id().equals(CLAIM) ? claim
                : new ClaimSeed(claim.id(), claim.documentId(), claim.themeId(), claim.position(), claim.quote(),
                        claim.occurrence(), claim.start(), claim.end(), claim.locator(), claim.statement(),
                        claim.attributedTo(), claim.horizonLabel(), claim.horizonUntil(), claim.hedgeWords(),
                        claim.hedgeBand(), claim.links(),
                        new NewVerdict(VerdictStatus.PENDING, LocalDate.of(2026, 11, 22), rationale, List.of()),
                        claim.healthExceptions()))
                .toList();
        return new SeedSet(seeds.themes(), seeds.documents(), claims);
    }

    @Test
    void reloadingUnchangedSeedsChangesNothing() {
        SeedSet seeds = fixture();
        SeedImporter.Report first = importer.importSeeds(seeds);
        long revisions = VerdictRevision.count();
        long claims = Claim.count();

        SeedImporter.Report again = importer.importSeeds(seeds);

        // Whatever other tests left in the shared database, a second identical load writes nothing at all.
        assertThat(again).isEqualTo(new SeedImporter.Report(0, 0, 0, 0, first.seedChangesHeldBack(), List.of()));
        assertThat(VerdictRevision.count()).isEqualTo(revisions);
        assertThat(Claim.count()).isEqualTo(claims);
    }

    @Test
    void claimGoneFromTheSeedsIsRetiredNotDeletedAndComesBackWhenRestored() {
        SeedSet full = fixture();
        importer.importSeeds(full);
        SeedSet withoutBeta = new SeedSet(full.themes(), full.documents(), full.claims().stream()
                .filter(claim -> !claim.id().equals("beta-sanctions-stay"))
                .map(claim -> claim.links().isEmpty() ? claim : new ClaimSeed(claim.id(), claim.documentId(),
                        claim.themeId(), claim.position(), claim.quote(), claim.occurrence(), claim.start(),
                        claim.end(), claim.locator(), claim.statement(), claim.attributedTo(), claim.horizonLabel(),
                        claim.horizonUntil(), claim.hedgeWords(), claim.hedgeBand(), List.of(), claim.verdict(),
                        List.of()))
                .toList());
        try {
            SeedImporter.Report report = importer.importSeeds(withoutBeta);

            assertThat(report.retired()).containsExactly("beta-sanctions-stay");
            given().get("/api/claims").then().statusCode(200).body("items.id", not(hasItem("beta-sanctions-stay")));
            given().get("/api/claims/beta-sanctions-stay").then().statusCode(200).body("retired", equalTo(true))
                    .body("history[-1].number", equalTo(1));
            given().get("/claims/beta-sanctions-stay").then().statusCode(200)
                    .body(containsString("no longer in the seed files"));
        } finally {
            SeedImporter.Report restored = importer.importSeeds(full);
            assertThat(restored.retired()).isEmpty();
        }
        given().get("/api/claims").then().statusCode(200).body("items.id", hasItem("beta-sanctions-stay"));
        given().get("/api/claims/beta-sanctions-stay").then().statusCode(200).body("retired", equalTo(false));
    }

    @Test
    void changedSeedVerdictIsAppendedButAReviewersVerdictIsNeverOverwritten() {
        importer.importSeeds(fixture());
        int before = VerdictRevision.history(CLAIM).size();

        SeedImporter.Report changed = importer.importSeeds(withRationale(fixture(), "Still not known, checked again."));

        assertThat(changed.revisionsAppended()).isEqualTo(1);
        List<VerdictRevision> history = VerdictRevision.history(CLAIM);
        assertThat(history).hasSize(before + 1);
        assertThat(history.get(0).rationale).isEqualTo("Still not known, checked again.");
        assertThat(history.get(0).supersedesId).isEqualTo(history.get(1).id);

        VerdictRevision reviewed = verdicts.append(CLAIM, new NewVerdict(VerdictStatus.PENDING,
                LocalDate.of(2026, 11, 22), "A reviewer's reading.", List.of()), Decider.reviewer("rita"),
                history.get(0).number).orElseThrow();

        SeedImporter.Report heldBack = importer.importSeeds(withRationale(fixture(), "A third seed wording."));

        assertThat(heldBack.revisionsAppended()).isZero();
        assertThat(heldBack.seedChangesHeldBack()).containsExactly(CLAIM);
        VerdictRevision newest = VerdictRevision.latest(CLAIM).orElseThrow();
        assertThat(newest.id).isEqualTo(reviewed.id);
        assertThat(newest.decidedByKind).isEqualTo(DecisionSource.REVIEWER);
        assertThat(newest.decidedBy).isEqualTo("rita");
    }
}
