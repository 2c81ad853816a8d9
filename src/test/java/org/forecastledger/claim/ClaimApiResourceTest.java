package org.forecastledger.claim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ClaimApiResourceTest {

    @Test
    void listsClaimsWithTheContractFields() {
        given().get("/api/claims").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("items.id", contains("alpha-treaty-extended", "alpha-talks-resume", "beta-sanctions-stay"))
                .body("items[0].documentId", equalTo("alpha"))
                .body("items[0].year", equalTo(2020))
                .body("items[0].theme", equalTo("arms-control"))
                .body("items[0].quote", equalTo("the treaty will be extended"))
                .body("items[0].start", equalTo(135))
                .body("items[0].end", equalTo(162))
                .body("items[0].locator", equalTo("00:01:30"))
                .body("items[0].statement", equalTo("The treaty will be extended by spring."))
                .body("items[0].attributedTo", equalTo("A. Speaker"))
                .body("items[0].hedge", equalTo("will"))
                .body("items[0].probability.low", equalTo(0.8f))
                .body("items[0].probability.high", equalTo(0.95f))
                .body("items[0].horizon.label", equalTo("By spring 2021"))
                .body("items[0].horizon.until", equalTo("2021-05-31"))
                .body("items[0].links[0].kind", equalTo("CONTRADICTS"))
                .body("items[0].links[0].claimId", equalTo("beta-sanctions-stay"))
                .body("items[0].status", equalTo("HELD"))
                .body("items[0].asOf", equalTo("2026-11-22"))
                .body("items[0].rationale", equalTo("It was extended."))
                .body("items[0].evidence[0].date", equalTo("2021-02-03"))
                .body("items[0].evidence[0].source", equalTo("Test gazette"))
                .body("items[0].evidence[0].url", equalTo("https://example.org/treaty"))
                .body("items[0].revision", equalTo(1))
                .body("items[2].linkedFrom[0].claimId", equalTo("alpha-treaty-extended"));
    }

    @Test
    void filtersReallyFilter() {
        given().queryParam("year", 2024).get("/api/claims").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo("beta-sanctions-stay"));
        given().queryParam("status", "held").get("/api/claims").then()
                .body("items.id", contains("alpha-treaty-extended"));
        given().queryParam("document", "alpha").queryParam("theme", "arms-control").get("/api/claims").then()
                .body("total", equalTo(2));
        given().queryParam("attributedTo", "Officials quoted by the report").get("/api/claims").then()
                .body("items.id", contains("beta-sanctions-stay"));
        given().queryParam("q", "TREATY").get("/api/claims").then()
                .body("items.id", contains("alpha-treaty-extended"));
        given().queryParam("q", "100%_").get("/api/claims").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void pagesCountFromZeroAndKeepTheTotal() {
        given().queryParam("size", 2).queryParam("page", 1).get("/api/claims").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.id", contains("beta-sanctions-stay"));
    }

    @Test
    void badParametersAreA400NamingEachField() {
        given().queryParam("year", "twenty").queryParam("status", "MAYBE").queryParam("size", 201)
                .queryParam("page", -1).queryParam("theme", "nope").get("/api/claims").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad Request"))
                .body("errors.field", contains("year", "status", "theme", "page", "size"))
                .body("errors[0].message", equalTo("must be a whole number, not 'twenty'"))
                .body("errors[4].message", equalTo("must be between 1 and 200, not 201"));
        given().queryParam("q", "x".repeat(201)).get("/api/claims").then()
                .statusCode(400).body("errors[0].field", equalTo("q"));
        // a NUL reaches no database (PostgreSQL would refuse it): each field that carries one is named
        given().queryParam("q", "treaty\u0000").queryParam("theme", "sanctions\u0000").get("/api/claims").then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("theme", "q"))
                .body("errors[1].message", equalTo("must not contain control characters such as NUL or a line break"));
        given().queryParam("q", "the\ttreaty").get("/api/claims").then().statusCode(200);
    }

    @Test
    void oneClaimCarriesItsHistoryNewestFirst() {
        given().get("/api/claims/alpha-treaty-extended").then()
                .statusCode(200)
                .body("id", equalTo("alpha-treaty-extended"))
                .body("history", hasSize(greaterThanOrEqualTo(1)))
                .body("history[-1].number", equalTo(1))
                .body("history[-1].decidedByKind", equalTo("Seed files"))
                .body("history.status", hasItem("HELD"));
    }

    @Test
    void unknownClaimIsAProblem404() {
        given().get("/api/claims/no-such-claim").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No claim with id 'no-such-claim'"));
    }
}
