package org.forecastledger.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Generated junk at every parameter and body: the server answers 2xx or 4xx, never 5xx. */
@QuarkusTest
class JunkInputTest {

    private static final long SEED = 20261122L;

    static List<String> junk(Random random) {
        List<String> values = new ArrayList<>(List.of("", " ", "-1", "0", "2147483648", "99999999999999999999",
                "1e9", "NaN", "null", "%", "%%", "_", "'", "\"", "' OR '1'='1", "1; DROP TABLE claim;--",
                "<script>alert(1)</script>", "../../etc/passwd", "\u0000", "😀🎯", "Україна", "ق", "\uFEFF",
                "x".repeat(5000), "2024-02-30", "HELD,FAILED", "held", "{}", "[]", "%00", "%ZZ"));
        for (int i = 0; i < 25; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                value.appendCodePoint(random.nextInt(4) == 0 ? 0x20 + random.nextInt(0x2FF) : 0x20 + random.nextInt(95));
            }
            values.add(value.toString());
        }
        return values;
    }

    @Test
    void queryParametersNeverCauseA500() {
        Random random = new Random(SEED);
        String[] params = {"year", "theme", "status", "document", "attributedTo", "q", "sort", "page", "size"};
        String[] paths = {"/api/claims", "/api/comparison", "/claims", "/"};
        for (String value : junk(random)) {
            for (String path : paths) {
                for (String param : params) {
                    int status = given().urlEncodingEnabled(true).queryParam(param, value).get(path).statusCode();
                    assertThat(status).as(path + "?" + param + "=" + value.substring(0, Math.min(40, value.length())))
                            .isBetween(200, 499);
                }
            }
        }
    }

    @Test
    void pathIdsNeverCauseA500() {
        Random random = new Random(SEED + 1);
        for (String value : junk(random)) {
            if (value.isEmpty() || value.contains("/") || value.contains("\u0000")) {
                continue;
            }
            for (String path : new String[] {"/api/claims/{id}", "/api/documents/{id}", "/claims/{id}",
                    "/documents/{id}", "/api/claims/{id}/annotation", "/api/claims/{id}/claimreview",
                    "/api/claims/{id}/verdicts"}) {
                String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
                int status = given().urlEncodingEnabled(false).get(path.replace("{id}", encoded)).statusCode();
                assertThat(status).as(path + " " + value).isBetween(200, 499);
            }
        }
    }

    @Test
    void verdictBodiesNeverCauseA500() {
        Random random = new Random(SEED + 2);
        List<String> bodies = new ArrayList<>(List.of("", "{", "}", "null", "[]", "\"x\"", "42", "{\"status\": 5}",
                "{\"evidence\": \"x\"}", "{\"evidence\": [null]}", "{\"expectedRevision\": \"one\"}",
                "{\"expectedRevision\": 99999999999999}", "{\"asOf\": []}", "{\"status\": \"HELD\", \"asOf\": "
                        + "\"2026-11-22\", \"rationale\": \"r\", \"expectedRevision\": -5, \"evidence\": [{}]}"));
        for (String value : junk(random)) {
            bodies.add("{\"status\": \"" + value.replace("\\", "").replace("\"", "") + "\"}");
            bodies.add(value);
        }
        for (String body : bodies) {
            for (ContentType type : new ContentType[] {ContentType.JSON, ContentType.TEXT}) {
                int status = given().contentType(type).body(body).post("/api/claims/beta-sanctions-stay/verdicts")
                        .statusCode();
                assertThat(status).as(type + " " + body.substring(0, Math.min(60, body.length()))).isBetween(200, 499);
            }
        }
    }
}
