package org.forecastledger.web;

import io.quarkus.test.junit.QuarkusTest;
import org.forecastledger.account.Role;
import org.forecastledger.account.TestAccounts;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class HttpCachingTest {

    @Test
    void etagAnswersA304WhenTheClientHasIt() {
        String etag = given().get("/api/claims?year=2020").then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", "no-cache")
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/claims?year=2020").then()
                .statusCode(304).header("ETag", etag);
        org.assertj.core.api.Assertions.assertThat(etag).startsWith("W/\"");
        given().header("If-None-Match", etag.substring(2)).get("/api/claims?year=2020").then().statusCode(304);
        given().header("If-None-Match", "\"x\", " + etag).get("/api/claims?year=2020").then().statusCode(304);
        given().header("If-None-Match", "*").get("/api/claims/does-not-exist").then().statusCode(404);
        given().header("If-None-Match", "*").get("/api/claims?page=-5").then().statusCode(400);
        given().header("If-None-Match", "\"something-else\"").get("/api/claims?year=2020").then().statusCode(200);
        given().header("If-None-Match", etag).get("/api/claims?year=2024").then().statusCode(200);
    }

    @Test
    void documentsAreRevalidatedEveryTime() {
        // an upload adds a document at any time: a client must ask again, and gets a 304 when nothing changed
        String etag = given().get("/api/documents").then().statusCode(200).header("Cache-Control", "no-cache")
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/documents").then().statusCode(304);
    }

    @Test
    void accountsAndSessionsAreNeverTaggedWithTheLedgerVersion() {
        String username = "etag-user-" + System.nanoTime();
        String before = TestAccounts.asFacilitator().get("/api/users").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.nullValue()).extract().asString();
        org.assertj.core.api.Assertions.assertThat(before).doesNotContain(username);
        TestAccounts.ensure(username, Role.VIEWER);
        // a client that sent a tag from before the new account still gets the new list
        TestAccounts.asFacilitator().header("If-None-Match", "W/\"anything\"").get("/api/users").then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString(username));
        for (String notLedger : new String[] {"/api/users/" + username, "/api/sessions", "/api/ledger-health"}) {
            TestAccounts.asFacilitator().get(notLedger).then().statusCode(200)
                    .header("ETag", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void largeResponsesAreCompressed() {
        given().header("Accept-Encoding", "gzip").get("/api/export/claims.json").then()
                .statusCode(200).header("Content-Encoding", "gzip");
    }

    @Test
    void themesComparisonAndScoresAnswer() {
        given().get("/api/themes").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains("arms-control", "sanctions"))
                .body("[0].claimCount", equalTo(2))
                .body("[0].years", org.hamcrest.Matchers.contains(2020));
        given().get("/api/comparison").then().statusCode(200)
                .body("years", org.hamcrest.Matchers.contains(2020, 2024))
                .body("themes[0].id", equalTo("arms-control"))
                .body("themes[0].cells.'2020'", org.hamcrest.Matchers.contains("alpha-treaty-extended",
                        "alpha-talks-resume"))
                .body("themes[0].cells.'2024'", org.hamcrest.Matchers.empty());
        given().get("/api/scores").then().statusCode(200)
                .body("overall.tally.held", equalTo(1))
                .body("overall.tally.failed", equalTo(1))
                .body("overall.hitRate", equalTo(0.5f))
                .body("overall.unresolved", org.hamcrest.Matchers.contains("alpha-talks-resume"))
                .body("byYear.key", org.hamcrest.Matchers.contains("2020", "2024"));
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        String spec = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        for (String path : new String[] {"/api/documents", "/api/documents/{id}", "/api/claims", "/api/claims/{id}",
                "/api/claims/{id}/verdicts", "/api/claims/{id}/annotation", "/api/claims/{id}/claimreview",
                "/api/comparison", "/api/themes", "/api/scores", "/api/export/claims.csv",
                "/api/export/claims.json", "/api/export/claimreview.jsonld"}) {
            org.assertj.core.api.Assertions.assertThat(spec).contains("\"" + path + "\"");
        }
        org.assertj.core.api.Assertions.assertThat(spec).doesNotContain("\"/scores\"", "\"/documents/{id}\"",
                "TemplateInstance");
        given().get("/q/openapi?format=json").then()
                .body("paths.'/api/claims/{id}'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/claims'.get.parameters.name", org.hamcrest.Matchers.hasItems("year", "theme",
                        "status", "document", "attributedTo", "q", "page", "size", "sort"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
