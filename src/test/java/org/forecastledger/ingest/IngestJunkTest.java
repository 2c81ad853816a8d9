package org.forecastledger.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.forecastledger.account.TestAccounts;
import org.forecastledger.web.Junk;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Generated junk at every new route, path, field and body of the ingest feature, with writes open: never a 500. */
@QuarkusTest
@TestProfile(IngestProfile.class)
class IngestJunkTest {

    private static final long SEED = 20261130L;

    @Test
    void pathIdsNeverCauseA500() {
        String document = Uploads.uploadFresh(2050);
        for (String value : Junk.values(new Random(SEED))) {
            if (value.isEmpty() || value.contains("/") || value.contains("\u0000")) {
                continue;
            }
            String junk = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            for (String path : new String[] {"/api/documents/" + junk + "/suggestions", "/api/documents/" + junk
                    + "/seeds", "/api/documents/" + document + "/suggestions/" + junk + "/reject"}) {
                int status = path.endsWith("/reject")
                        ? TestAccounts.asReviewer().urlEncodingEnabled(false).contentType(ContentType.JSON)
                                .post(path).statusCode()
                        : given().urlEncodingEnabled(false).get(path).statusCode();
                assertThat(status).as(path).isBetween(200, 499);
            }
        }
    }

    @Test
    void reviewBodiesNeverCauseA500() {
        String document = Uploads.uploadFresh(2051);
        long suggestion = ((Number) given().get("/api/documents/" + document + "/suggestions").jsonPath()
                .getList("id").get(0)).longValue();
        List<String> bodies = new ArrayList<>(Junk.verdictBodies(new Random(SEED + 1)));
        for (String value : sample(SEED + 2, 15)) {
            String json = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("\u0000", "\\u0000") + "\"";
            for (String field : new String[] {"quote", "start", "end", "occurrence", "theme", "hedgeBand",
                    "horizonUntil", "statement"}) {
                bodies.add("{\"" + field + "\": " + json + ", \"hedgeBand\": \"LIKELY\"}");
            }
        }
        for (String body : bodies) {
            for (String path : new String[] {"/api/documents/" + document + "/claims",
                    "/api/documents/" + document + "/suggestions/" + suggestion + "/accept"}) {
                int status = TestAccounts.asReviewer().contentType(ContentType.JSON).body(body).post(path)
                        .statusCode();
                if (status == 201 && path.endsWith("/accept")) {
                    return; // the suggestion is taken: every body before it was answered without a 500
                }
                assertThat(status).as(path + " " + body.substring(0, Math.min(80, body.length())))
                        .isBetween(200, 499);
            }
        }
    }

    @Test
    void uploadFieldsNeverCauseA500() {
        for (String value : sample(SEED + 3, 12)) {
            for (String field : new String[] {"title", "author", "outlet", "publishedOn", "kind", "year"}) {
                int status = Uploads.withToken().multiPart("file", "a.txt", ("Prices will rise. " + value)
                                .getBytes(StandardCharsets.UTF_8), "text/plain")
                        .multiPart(field, value.isEmpty() ? " " : value).post("/api/documents").statusCode();
                assertThat(status).as(field + "=" + value.substring(0, Math.min(40, value.length())))
                        .isBetween(200, 499);
            }
        }
    }

    /** A seeded sample of the junk values: the run stays short, and each seed picks a different mix. */
    private static List<String> sample(long seed, int size) {
        List<String> values = new ArrayList<>(Junk.values(new Random(seed)));
        java.util.Collections.shuffle(values, new Random(seed));
        return values.subList(0, size);
    }

    @Test
    void aBodyOverTheHttpLimitIsRefusedWithoutA500() {
        byte[] huge = new byte[4 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        int status = Uploads.withToken().multiPart("file", "huge.txt", huge, "text/plain").post("/api/documents")
                .statusCode();
        assertThat(status).isEqualTo(413);
    }
}
