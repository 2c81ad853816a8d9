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

    @Test
    void queryParametersNeverCauseA500() {
        Random random = new Random(SEED);
        String[] params = {"year", "theme", "status", "document", "attributedTo", "q", "sort", "page", "size"};
        String[] paths = {"/api/claims", "/api/comparison", "/claims", "/"};
        for (String value : Junk.values(random)) {
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
        for (String value : Junk.values(random)) {
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
    void verdictBodiesNeverCauseA500WhileWritesAreClosed() {
        for (String body : Junk.verdictBodies(new Random(SEED + 2))) {
            for (ContentType type : new ContentType[] {ContentType.JSON, ContentType.TEXT}) {
                int status = given().contentType(type).body(body).post("/api/claims/beta-sanctions-stay/verdicts")
                        .statusCode();
                assertThat(status).as(type + " " + body.substring(0, Math.min(60, body.length()))).isBetween(200, 499);
            }
        }
    }
}
