package org.forecastledger.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.forecastledger.account.TestAccounts.as;
import static org.forecastledger.account.TestAccounts.asFacilitator;
import static org.forecastledger.account.TestAccounts.asReviewer;
import static org.forecastledger.account.TestAccounts.ensure;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class UserApiResourceTest {

    @Test
    void facilitatorCreatesAnAccountThatCanThenAuthenticate() {
        asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("username", "carol", "password", "carol-long-password", "role", "reviewer"))
                .post("/api/users").then()
                .statusCode(201)
                .header("Location", endsWith("/api/users/carol"))
                .body("username", equalTo("carol"))
                .body("role", equalTo("reviewer"))
                .body("enabled", equalTo(true))
                .body("createdBy", equalTo("admin"))
                .body("password", nullValue())
                .body("passwordHash", nullValue())
                .body(not(containsString("carol-long-password")));
        given().auth().preemptive().basic("carol", "carol-long-password").get("/api/users").then().statusCode(403);
        asFacilitator().get("/api/users").then().statusCode(200)
                .body("username", hasItem("carol"))
                .body(not(containsString("$2a$")));
    }

    @Test
    void badAccountsAreRefusedWithEveryFieldNamed() {
        asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("username", "No Spaces!", "password", "short", "role", "emperor"))
                .post("/api/users").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("username", "password", "role")))
                .body("errors[1].message", containsString("at least 12 characters"))
                .body(not(containsString("short\"")));
        ensure("dora", Role.VIEWER);
        asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("username", "dora", "password", "another-long-password", "role", "viewer"))
                .post("/api/users").then().statusCode(400).body("errors[0].message", equalTo("is already taken"));
        asFacilitator().contentType(ContentType.JSON).body("[]").post("/api/users").then().statusCode(400);
        asFacilitator().contentType(ContentType.JSON).body("").post("/api/users").then().statusCode(400);
    }

    @Test
    void disabledAccountCannotAuthenticateButKeepsItsHistory() {
        ensure("eve", Role.REVIEWER);
        // the same status and evidence again: other tests count the fixture's statuses
        Map<String, Object> claim = given().get("/api/claims/beta-sanctions-stay").then().extract().jsonPath().getMap("");
        as("eve").contentType(ContentType.JSON).body(Map.of("status", claim.get("status"), "asOf", "2026-11-29",
                        "rationale", "Eve's look.", "expectedRevision", claim.get("revision"), "evidence", claim.get("evidence")))
                .post("/api/claims/beta-sanctions-stay/verdicts").then().statusCode(201).body("decidedBy", equalTo("eve"));
        asFacilitator().contentType(ContentType.JSON).post("/api/users/eve/disable").then().statusCode(200).body("enabled", equalTo(false));
        as("eve").get("/api/users/eve").then().statusCode(401);
        as("eve").contentType(ContentType.JSON).body("{}").post("/api/claims/beta-sanctions-stay/verdicts").then()
                .statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        given().get("/api/claims/beta-sanctions-stay").then().statusCode(200).body("history.decidedBy", hasItem("eve"));
        asFacilitator().contentType(ContentType.JSON).post("/api/users/eve/enable").then().statusCode(200).body("enabled", equalTo(true));
        as("eve").contentType(ContentType.JSON).body("{}").post("/api/claims/beta-sanctions-stay/verdicts").then()
                .statusCode(400);
    }

    @Test
    void nobodyDisablesThemselvesOrTheLastFacilitator() {
        asFacilitator().contentType(ContentType.JSON).post("/api/users/admin/disable").then().statusCode(400)
                .body("errors[0].message", containsString("your own account"));
        asFacilitator().contentType(ContentType.JSON).post("/api/users/nobody-here/disable").then().statusCode(404);
    }

    @Test
    void everyoneChangesTheirOwnPassword() {
        ensure("frank", Role.VIEWER);
        as("frank").contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong-password-x", "newPassword", "frank-new-password"))
                .post("/api/account/password").then().statusCode(400)
                .body("errors[0].field", equalTo("currentPassword"));
        as("frank").contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.passwordOf("frank"), "newPassword", "tiny"))
                .post("/api/account/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        as("frank").contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.passwordOf("frank"), "newPassword", "frank-new-password"))
                .post("/api/account/password").then().statusCode(204);
        as("frank").get("/api/claims").then().statusCode(200);
        as("frank").contentType(ContentType.JSON).body("{}").post("/api/account/password").then().statusCode(401);
        given().auth().preemptive().basic("frank", "frank-new-password").contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "frank-new-password", "newPassword", TestAccounts.passwordOf("frank")))
                .post("/api/account/password").then().statusCode(204);
    }

    @Test
    void anonymousAndViewersCannotManageAccounts() {
        given().get("/api/users").then().statusCode(401).header("WWW-Authenticate", containsString("Basic realm"))
                .contentType("application/problem+json");
        TestAccounts.asViewer().get("/api/users").then().statusCode(403).contentType("application/problem+json");
        asReviewer().contentType(ContentType.JSON)
                .body(Map.of("username", "mallory", "password", "mallory-password", "role", "facilitator"))
                .post("/api/users").then().statusCode(403);
        asFacilitator().get("/api/users/mallory").then().statusCode(404);
    }
}
