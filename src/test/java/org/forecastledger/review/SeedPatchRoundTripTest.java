package org.forecastledger.review;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.forecastledger.account.Role;
import org.forecastledger.account.TestAccounts;
import org.forecastledger.seed.SeedImporter;
import org.forecastledger.seed.SeedReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's seed patch, applied with git apply to a copy of the fixture seeds and loaded again into the same
 * database: the loader appends no revision and holds nothing back, because the seeds now say what was decided.
 */
@QuarkusTest
@TestProfile(ReviewProfile.class)
class SeedPatchRoundTripTest {

    static final String FIXTURE = "src/test/resources/seed-fixture";

    @Inject
    SeedImporter importer;

    @Test
    void afterApplyingThePatchTheLoaderAppendsNothing(@TempDir Path temp) throws Exception {
        TestAccounts.ensure("patch-reviewer", Role.REVIEWER);
        long session = ReviewApiResourceTest.open("alpha-talks-resume", "alpha-treaty-extended", "beta-sanctions-stay");
        String rationale = "Decided: \"talks\" resumed # in part,\n- on 2026-11-01 — Україна & <b>";
        decide(session, "alpha-talks-resume", "PARTIAL", rationale);
        decide(session, "beta-sanctions-stay", "HELD", "Back in place.");
        TestAccounts.asFacilitator().contentType(ContentType.JSON)
                .post("/api/sessions/" + session + "/items/alpha-treaty-extended/skip").then().statusCode(200);

        assertThat(importer.importSeeds(SeedReader.read(Path.of(FIXTURE))).revisionsAppended())
                .as("before the patch the reviewers' verdicts stand").isZero();

        String patch = TestAccounts.asFacilitator().get("/api/sessions/" + session + "/seeds.patch").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/x-diff")).extract().asString();
        assertThat(patch).contains("diff --git a/" + FIXTURE + "/claims/alpha.yaml b/" + FIXTURE + "/claims/alpha.yaml")
                .contains("diff --git a/" + FIXTURE + "/claims/beta.yaml").doesNotContain("alpha-treaty-extended");
        Path copy = temp.resolve(FIXTURE);
        GitApply.copy(Path.of(FIXTURE), copy);
        GitApply.apply(temp, patch);

        String before = Files.readString(Path.of(FIXTURE, "claims/alpha.yaml"), StandardCharsets.UTF_8);
        String after = Files.readString(copy.resolve("claims/alpha.yaml"), StandardCharsets.UTF_8);
        assertThat(after.substring(0, after.indexOf("    verdict:", after.indexOf("alpha-talks-resume"))))
                .as("everything before the replaced block is byte-identical")
                .isEqualTo(before.substring(0, before.indexOf("    verdict:", before.indexOf("alpha-talks-resume"))));
        assertThat(after.substring(after.indexOf("    healthExceptions:")))
                .isEqualTo(before.substring(before.indexOf("    healthExceptions:")));

        SeedImporter.Report report = importer.importSeeds(SeedReader.read(copy));
        assertThat(report.revisionsAppended()).isZero();
        assertThat(report.seedChangesHeldBack()).doesNotContain("alpha-talks-resume", "beta-sanctions-stay");
        TestAccounts.as("patch-reviewer").get("/api/claims/alpha-talks-resume").then()
                .body("rationale", org.hamcrest.Matchers.equalTo(rationale.trim()));
    }

    private static void decide(long session, String claimId, String status, String rationale) {
        String item = "/api/sessions/" + session + "/items/" + claimId;
        ReviewApiResourceTest.vote("patch-reviewer", session, claimId, status, "agree").then().statusCode(200);
        TestAccounts.asFacilitator().contentType(ContentType.JSON).post(item + "/reveal").then().statusCode(200);
        TestAccounts.asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("status", status, "asOf", "2026-11-30", "rationale", rationale, "evidence",
                        List.of(Map.of("date", "2026-11-01", "summary", "Reported: \"yes\".", "source", "Wire #2",
                                "url", "https://example.org/x?y=1&z=2"))))
                .post(item + "/decision").then().statusCode(201);
    }
}
