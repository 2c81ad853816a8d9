package org.forecastledger.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.forecastledger.account.BrowserSession;
import org.forecastledger.account.TestAccounts;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

    @Test
    void reviewSessionIdsAndBodiesNeverCauseA500() {
        String location = TestAccounts.asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("title", "Junk target", "claimIds", List.of("alpha-talks-resume")))
                .post("/api/sessions").then().statusCode(201).extract().header("Location");
        String session = location.substring(location.indexOf("/api/sessions/"));
        String page = session.replace("/api/sessions/", "/review-sessions/");
        BrowserSession facilitator = BrowserSession.loggedIn(TestAccounts.ADMIN);
        Random random = new Random(SEED + 3);
        for (String value : Junk.values(random)) {
            if (value.isEmpty() || value.contains("/") || value.contains("\u0000")) {
                continue;
            }
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            for (String path : new String[] {"/api/sessions/{id}", "/review-sessions/{id}", "/review-sessions/{id}/present",
                    "/review-sessions/{id}/minutes", "/api/sessions/{id}/minutes.md", "/api/sessions/{id}/minutes.csv",
                    "/api/sessions/{id}/seeds.patch", "/api/sessions/{id}/events"}) {
                int status = facilitator.request().urlEncodingEnabled(false).get(path.replace("{id}", encoded))
                        .statusCode();
                assertThat(status).as(path + " " + value).isBetween(200, 499);
            }
            int status = facilitator.request().urlEncodingEnabled(false).get(page + "/present?item=" + encoded)
                    .statusCode();
            assertThat(status).as("present?item=" + value).isBetween(200, 499);
            for (String write : new String[] {"/votes", "/reveal", "/skip"}) {
                status = facilitator.request().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{}")
                        .post(session + "/items/" + encoded + write).statusCode();
                assertThat(status).as(write + " on item " + value).isBetween(400, 499);
            }
        }
        for (String body : Junk.verdictBodies(new Random(SEED + 4))) {
            for (String path : new String[] {"/api/sessions", session + "/items/alpha-talks-resume/votes",
                    session + "/items/alpha-talks-resume/decision"}) {
                int status = facilitator.request().contentType(ContentType.JSON).body(body).post(path).statusCode();
                assertThat(status).as(path + " " + body.substring(0, Math.min(60, body.length()))).isBetween(200, 499);
            }
            String title = body.length() > 300 ? body.substring(0, 300) : body;
            int status = facilitator.request().contentType(ContentType.JSON)
                    .body(Map.of("title", title, "filter", Map.of("year", title, "status", title, "theme", title)))
                    .post("/api/sessions").statusCode();
            assertThat(status).as("filter " + title).isBetween(400, 499);
        }
    }
}
