package org.forecastledger.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.forecastledger.account.TestAccounts;
import org.forecastledger.claim.Claim;
import org.forecastledger.seed.SeedImporter;
import org.forecastledger.seed.SeedReader;
import org.forecastledger.seedformat.SeedSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An uploaded document back to the seed files: its export, added to a copy of the seed folder, is read by the real
 * SeedReader and, with the document's rows gone, imported by the real SeedImporter into the same claims. The seed
 * loader never retires the claims of uploaded documents.
 */
@QuarkusTest
@TestProfile(IngestProfile.class)
class SeedRoundTripTest {

    private static final Path FIXTURE = Path.of("src/test/resources/seed-fixture");
    private static final List<String> FIELDS = List.of("id", "quote", "start", "end", "locator", "statement",
            "attributedTo", "theme", "hedge", "probability.band", "horizon.label", "horizon.until", "status", "year");

    @Inject
    SeedImporter importer;

    @Inject
    EntityManager em;

    @Test
    void theExportedSeedFilesReproduceTheSameClaims() throws IOException {
        String id = Uploads.upload(Uploads.freshArticle() + "He said: \"Prices \\ will rise\"\tsoon.\n",
                "quoted.txt", "text/plain", 2040).then().statusCode(201).extract().jsonPath().getString("id");
        Map<String, Object> troops = ReviewTest.suggestion(id, "Moscow will probably");
        ReviewTest.accept(id, String.valueOf(troops.get("id")), Map.of("quote", "Moscow will probably keep its troops",
                "statement", "Moscow keeps its troops: \"a 'test'\"", "horizonUntil", "")).statusCode(201);
        ReviewTest.accept(id, String.valueOf(ReviewTest.suggestion(id, "Analysts expect").get("id")), Map.of())
                .statusCode(201);
        TestAccounts.asReviewer().contentType(ContentType.JSON).body(Map.of("quote", "Prices \\ will rise\"\tsoon"))
                .post("/api/documents/" + id + "/claims").then().statusCode(201);
        List<Map<String, Object>> before = claims(id);
        assertThat(before).hasSize(3);

        JsonPath files = given().get("/api/documents/" + id + "/seeds").then().statusCode(200).extract().jsonPath();
        assertThat(files.getString("claimsFile")).isEqualTo("claims/" + id + ".yaml");
        Path seeds = copyOfFixture();
        Files.writeString(seeds.resolve(files.getString("textFile")), files.getString("text"), StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("SHA256SUMS"), files.getString("checksumLine") + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Files.writeString(seeds.resolve("documents.yaml"), files.getString("documentsEntry"), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Files.writeString(seeds.resolve(files.getString("claimsFile")), files.getString("claimsYaml"),
                StandardCharsets.UTF_8);

        SeedSet set = SeedReader.read(seeds);
        assertThat(set.claims().stream().filter(c -> c.documentId().equals(id)).map(c -> c.quote()))
                .containsExactlyInAnyOrderElementsOf(before.stream().map(c -> (String) c.get("quote")).toList());

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from suggestion where document_id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("delete from verdict_revision where claim_id in (select id from claim where "
                    + "document_id = ?1)").setParameter(1, id).executeUpdate();
            em.createNativeQuery("delete from claim where document_id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("delete from document where id = ?1").setParameter(1, id).executeUpdate();
        });
        assertThat(given().get("/api/documents/" + id).statusCode()).isEqualTo(404);
        SeedImporter.Report report = importer.importSeeds(set);
        assertThat(report.retired()).isEmpty();
        assertThat(claims(id)).isEqualTo(before);
        given().get("/api/documents/" + id).then().statusCode(200)
                .body("sha256", org.hamcrest.Matchers.equalTo(files.getString("checksumLine").split(" ")[0]));
    }

    @Test
    void theSeedLoaderNeverRetiresTheClaimsOfUploadedDocuments() {
        String id = Uploads.uploadFresh(2041);
        String claimId = ReviewTest.accept(id, String.valueOf(ReviewTest.suggestion(id, "Analysts expect").get("id")),
                Map.of()).statusCode(201).extract().jsonPath().getString("id");
        SeedImporter.Report report = importer.importSeeds(SeedReader.read(FIXTURE));
        assertThat(report.retired()).doesNotContain(claimId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(claimId).retired)).isFalse();
        given().get("/api/claims?document=" + id).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(claimId));
    }

    private static List<Map<String, Object>> claims(String documentId) {
        return given().get("/api/claims?document=" + documentId + "&size=200").jsonPath()
                .<Map<String, Object>>getList("items").stream()
                .map(claim -> {
                    JsonPath one = given().get("/api/claims/" + claim.get("id")).jsonPath();
                    Map<String, Object> fields = new java.util.TreeMap<>();
                    FIELDS.forEach(field -> fields.put(field, String.valueOf(one.getString(field))));
                    return fields;
                })
                .sorted((a, b) -> ((String) a.get("id")).compareTo((String) b.get("id")))
                .toList();
    }

    private static Path copyOfFixture() throws IOException {
        Path target = Files.createTempDirectory("seeds-roundtrip");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(FIXTURE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }
}
