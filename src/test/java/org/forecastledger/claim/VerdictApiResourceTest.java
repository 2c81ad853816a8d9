package org.forecastledger.claim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.forecastledger.account.BrowserSession;
import org.forecastledger.account.Role;
import org.forecastledger.account.TestAccounts;
import org.forecastledger.web.Answers;
import org.forecastledger.web.Junk;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.forecastledger.account.TestAccounts.asReviewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class VerdictApiResourceTest {

    private static final String CLAIM = "beta-sanctions-stay";

    private static int currentRevision() {
        return given().get("/api/claims/" + CLAIM).then().statusCode(200).extract().path("revision");
    }

    private static String verdict(String status, String rationale, int expectedRevision) {
        return """
                {"status": "%s", "asOf": "2026-11-22", "rationale": "%s", "expectedRevision": %d,
                 "evidence": [{"date": "2025-01-01", "summary": "Sanctions were lifted.", "source": "Test wire",
                               "url": "https://example.org/lifted"}]}
                """.formatted(status, rationale, expectedRevision);
    }

    @Test
    void newVerdictIsCreatedWithLocationAndBecomesCurrent() {
        int revision = currentRevision();
        asReviewer().contentType(ContentType.JSON).body(verdict("FAILED", "Re-checked: lifted.", revision))
                .post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(201)
                .header("Location", endsWith("/api/claims/" + CLAIM + "/verdicts/" + (revision + 1)))
                .body("number", equalTo(revision + 1))
                .body("status", equalTo("FAILED"))
                .body("decidedByKind", equalTo("Reviewer"))
                .body("decidedBy", equalTo("reviewer"))
                .body("evidence[0].url", equalTo("https://example.org/lifted"));
        given().get("/api/claims/" + CLAIM).then()
                .body("revision", equalTo(revision + 1))
                .body("rationale", equalTo("Re-checked: lifted."))
                .body("history[1].number", equalTo(revision));
        given().get("/api/claims/" + CLAIM + "/verdicts/" + (revision + 1)).then()
                .statusCode(200).body("rationale", equalTo("Re-checked: lifted."))
                .body("supersedes", equalTo(revision));
        given().get("/claims/" + CLAIM).then().statusCode(200)
                .body(containsString("Revision " + (revision + 1) + "</strong>"));
    }

    @Test
    void staleRevisionIsRejectedWith409AndTheNewerVerdict() {
        int revision = currentRevision();
        asReviewer().contentType(ContentType.JSON).body(verdict("FAILED", "First writer.", revision))
                .post("/api/claims/" + CLAIM + "/verdicts").then().statusCode(201);
        asReviewer().contentType(ContentType.JSON).body(verdict("HELD", "Second writer, stale.", revision))
                .post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("expectedRevision"))
                .body("current.number", equalTo(revision + 1))
                .body("current.rationale", equalTo("First writer."));
        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("rationale", equalTo("First writer."));
    }

    @Test
    void invalidVerdictNamesEveryBadField() {
        asReviewer().contentType(ContentType.JSON)
                .body("""
                        {"status": "MOSTLY", "asOf": "22/11/2026", "rationale": " ",
                         "evidence": [{"date": "2025-02-30", "summary": "", "source": "Wire", "url": "ftp://x"}]}
                        """)
                .post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("status", "asOf", "rationale", "expectedRevision", "evidence[0].date",
                        "evidence[0].summary", "evidence[0].url"));
        asReviewer().contentType(ContentType.JSON)
                .body("{\"status\": \"HELD\", \"asOf\": \"2026-11-22\", \"rationale\": \"ok\", \"expectedRevision\": 1}")
                .post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(400)
                .body("errors[0].message", equalTo("a HELD verdict needs at least one evidence item"));
    }

    @Test
    void overlongImplausibleOrControlCharacterFieldsAreA400() {
        int revision = currentRevision();
        String body = """
                {"status": "FAILED", "asOf": "+999999999-12-31", "rationale": "bad\\u0000byte", "expectedRevision": %d,
                 "evidence": [{"date": "0000-01-01", "summary": "s", "source": "w", "url": "https://example.org/%s"}]}
                """.formatted(revision, "a".repeat(2100));
        asReviewer().contentType(ContentType.JSON).body(body).post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("asOf", "rationale", "evidence[0].date", "evidence[0].url"))
                .body("errors.message", contains("must be between 1900-01-01 and 2100-12-31",
                        "must not contain control characters", "must be between 1900-01-01 and 2100-12-31",
                        "must be at most 2000 characters"));
        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("revision", equalTo(revision));
    }

    @Test
    void jsonOfTheWrongShapeNamesWhereItWentWrong() {
        asReviewer().contentType(ContentType.JSON).body("{\"evidence\": \"x\"}")
                .post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("evidence"));
        asReviewer().contentType(ContentType.JSON).body("{\"expectedRevision\": \"one\"}")
                .post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("expectedRevision"));
        asReviewer().contentType(ContentType.JSON).body("[1, 2]")
                .post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void junkBodiesFromAReviewerAre400NamingTheProblemAndPlainTextIs415() {
        // one login, then the session cookie: HTTP Basic would run bcrypt for each of these requests
        BrowserSession reviewer = BrowserSession.loggedIn(TestAccounts.ensure("reviewer", Role.REVIEWER));
        String before = given().get("/api/claims/" + CLAIM + "/verdicts").then().statusCode(200).extract().asString();
        for (String body : Junk.verdictBodies(new java.util.Random(7))) {
            String input = "reviewer POST " + Answers.shortly(body);
            Answers.refusesBody(reviewer.request().contentType(ContentType.JSON).body(body)
                    .post("/api/claims/" + CLAIM + "/verdicts"), input);
            Answers.hasStatus(reviewer.request().contentType(ContentType.TEXT).body(body)
                    .post("/api/claims/" + CLAIM + "/verdicts"), 415, "text/plain " + input);
        }
        given().get("/api/claims/" + CLAIM + "/verdicts").then().statusCode(200).body(equalTo(before));
    }

    @Test
    void malformedJsonAndWrongContentTypeAreRefused() {
        asReviewer().contentType(ContentType.JSON).body("{\"status\": ")
                .post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        asReviewer().contentType(ContentType.TEXT).body("HELD")
                .post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(415).contentType("application/problem+json");
        asReviewer().contentType(ContentType.JSON).body("[1, 2]")
                .post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(400);
    }

    @Test
    void dashboardAndScoresShowANewVerdictAtOnce() {
        given().get("/").then().statusCode(200);
        given().get("/api/scores").then().statusCode(200);
        int revision = currentRevision();
        asReviewer().contentType(ContentType.JSON)
                .body(verdict("HELD", "Suppose they stayed after all.", revision))
                .post("/api/claims/" + CLAIM + "/verdicts").then().statusCode(201);
        given().get("/").then().statusCode(200).body(containsString("2024: 1 claims, 1 held, 0 partly held, 0 failed"));
        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("history[0].previousStatus", equalTo("FAILED"));
        given().get("/claims/" + CLAIM).then()
                .body(containsString("Changed the verdict from <span class=\"badge status-failed\">"));
        given().get("/api/scores").then().statusCode(200).body("byYear[1].tally.held", equalTo(1));
        asReviewer().contentType(ContentType.JSON)
                .body(verdict("FAILED", "Back to the record: lifted.", revision + 1))
                .post("/api/claims/" + CLAIM + "/verdicts").then().statusCode(201);
        given().get("/").then().statusCode(200).body(containsString("2024: 1 claims, 0 held, 0 partly held, 1 failed"));
    }

    @Test
    void unknownClaimIs404() {
        asReviewer().contentType(ContentType.JSON).body(verdict("FAILED", "x", 1))
                .post("/api/claims/nope/verdicts").then()
                .statusCode(404).body("detail", equalTo("No claim with id 'nope'"));
    }
}
