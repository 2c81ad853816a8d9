package org.forecastledger.verdict;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class VerdictWritesDisabledTest {

    @Test
    void writePathIsClosedUntilAccountsExist() {
        int revision = given().get("/api/claims/beta-sanctions-stay").then().extract().path("revision");
        given().contentType(ContentType.JSON)
                .body("{\"status\": \"HELD\", \"asOf\": \"2026-11-22\", \"rationale\": \"x\", \"expectedRevision\": "
                        + revision + ", \"evidence\": [{\"date\": \"2025-01-01\", \"summary\": \"s\", \"source\": \"w\"}]}")
                .post("/api/claims/beta-sanctions-stay/verdicts").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("write path is disabled"));
        given().get("/api/claims/beta-sanctions-stay").then().body("revision", equalTo(revision));
    }
}
