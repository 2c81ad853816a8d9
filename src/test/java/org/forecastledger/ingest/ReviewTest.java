package org.forecastledger.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.forecastledger.account.TestAccounts;
import org.forecastledger.document.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Reviewing an uploaded document's suggestions: accept, edit then accept, reject (remembered), a passage by hand. */
@QuarkusTest
@TestProfile(IngestProfile.class)
class ReviewTest {

    @Inject
    UploadService uploads;

    @Test
    void suggestionsAreOrderedByScoreAndLeaveOutThePastAndQuestions() {
        String id = Uploads.uploadFresh(2035);
        JsonPath suggestions = given().get("/api/documents/" + id + "/suggestions").then().statusCode(200)
                .extract().jsonPath();
        List<Float> scores = suggestions.getList("score", Float.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        List<String> quotes = suggestions.getList("quote");
        assertThat(quotes).anyMatch(q -> q.startsWith("Analysts expect the talks to resume"))
                .anyMatch(q -> q.startsWith("Moscow will probably keep its troops"))
                .noneMatch(q -> q.contains("collapsed last year") || q.contains("What will Brussels"));
        assertThat(suggestions.getList("state")).containsOnly("open");
        Map<String, Object> troops = suggestion(id, "Moscow will probably");
        assertThat(troops).containsEntry("probability", "LIKELY").containsEntry("attributedTo", "Jane Analyst");
        assertThat((String) troops.get("hedge")).contains("probably");
    }

    @Test
    void acceptingMakesAPendingClaimWhoseQuoteIsFoundExactly() {
        String id = Uploads.uploadFresh(2036);
        String text = given().get("/api/documents/" + id).jsonPath().getString("text");
        Map<String, Object> s = suggestion(id, "Analysts expect the talks");
        JsonPath claim = TestAccounts.asReviewer().contentType(ContentType.JSON).body("{}")
                .post("/api/documents/" + id + "/suggestions/" + s.get("id") + "/accept")
                .then().statusCode(201).header("Location", containsString("/api/claims/")).extract().jsonPath();
        String claimId = claim.getString("id");
        assertThat(claim.getString("quote")).isEqualTo(text.substring(claim.getInt("start"), claim.getInt("end")))
                .isEqualTo(s.get("quote"));
        assertThat(claim.getString("status")).isEqualTo("PENDING");
        assertThat(claim.getInt("year")).isEqualTo(2036);
        given().get("/api/claims/" + claimId + "/verdicts").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].status", equalTo("PENDING"))
                .body("[0].rationale", equalTo(SuggestionService.FIRST_RATIONALE))
                .body("[0].decidedBy", equalTo("reviewer"));
        assertThat(suggestion(id, "Analysts expect the talks")).containsEntry("state", "accepted")
                .containsEntry("claimId", claimId);
        TestAccounts.asReviewer().contentType(ContentType.JSON).body("{}")
                .post("/api/documents/" + id + "/suggestions/" + s.get("id") + "/accept").then().statusCode(409);
        given().get("/api/comparison").then().statusCode(200).body("years", hasItem(2036));
        given().get("/documents/" + id).then().statusCode(200).body(containsString("id=\"claim-" + claimId + "\""));
    }

    @Test
    void aReviewerEditsThenAccepts() {
        String id = Uploads.uploadFresh(2037);
        Map<String, Object> s = suggestion(id, "Moscow will probably");
        String sid = String.valueOf(s.get("id"));
        accept(id, sid, Map.of("quote", "Analysts expect the talks")).statusCode(400)
                .body("errors.field", hasItem("quote"));
        accept(id, sid, Map.of("theme", "no-such-theme", "hedgeBand", "SURE")).statusCode(400)
                .body("errors.field", hasItem("theme")).body("errors.field", hasItem("hedgeBand"));
        JsonPath claim = accept(id, sid, Map.of("quote", "Moscow will probably keep its troops in the region",
                "statement", "Russian troops stay in the region.", "attributedTo", "The author", "theme", "sanctions",
                "hedgeBand", "VERY_LIKELY", "horizonLabel", "Until the end of 2028", "horizonUntil", "2028-12-31"))
                .statusCode(201).extract().jsonPath();
        assertThat(claim.getString("quote")).isEqualTo("Moscow will probably keep its troops in the region");
        assertThat(claim.getString("statement")).isEqualTo("Russian troops stay in the region.");
        assertThat(claim.getString("theme")).isEqualTo("sanctions");
        assertThat(claim.getString("probability.band")).isEqualTo("VERY_LIKELY");
        assertThat(claim.getString("horizon.until")).isEqualTo("2028-12-31");
        // the new claim is found by a text search at once, by its statement and by its quote
        for (String words : new String[] {"TROOPS STAY IN THE REGION", "probably keep its troops"}) {
            given().queryParam("q", words).get("/api/claims").then().statusCode(200)
                    .body("items.id", hasItem(claim.getString("id")));
        }
    }

    @Test
    void aRejectionIsRememberedAndNotProposedAgain() {
        String id = Uploads.uploadFresh(2038);
        Map<String, Object> s = suggestion(id, "Moscow will probably");
        TestAccounts.asReviewer().contentType(ContentType.JSON)
                .post("/api/documents/" + id + "/suggestions/" + s.get("id") + "/reject")
                .then().statusCode(200).body("state", equalTo("rejected"));
        int count = given().get("/api/documents/" + id + "/suggestions").jsonPath().getList("id").size();
        QuarkusTransaction.requiringNew().run(() -> uploads.suggest(Document.findById(id)));
        JsonPath after = given().get("/api/documents/" + id + "/suggestions").jsonPath();
        assertThat(after.getList("id")).hasSize(count);
        assertThat(suggestion(id, "Moscow will probably")).containsEntry("state", "rejected");
        accept(id, String.valueOf(s.get("id")), Map.of()).statusCode(409);
    }

    @Test
    void aPassageChosenByHandBecomesAClaim() {
        String id = Uploads.uploadFresh(2039);
        String text = given().get("/api/documents/" + id).jsonPath().getString("text");
        JsonPath byQuote = claim(id, Map.of("quote", "The ceasefire collapsed last year", "occurrence", 1,
                "statement", "The ceasefire will not be restored.")).statusCode(201).extract().jsonPath();
        assertThat(byQuote.getInt("start")).isEqualTo(text.indexOf("The ceasefire collapsed last year"));
        int start = text.indexOf("What will Brussels");
        JsonPath byOffsets = claim(id, Map.of("start", start, "end", start + 18)).statusCode(201).extract().jsonPath();
        assertThat(byOffsets.getString("quote")).isEqualTo("What will Brussels");
        claim(id, Map.of("quote", "not in the text at all")).statusCode(400).body("errors.field", hasItem("quote"));
        claim(id, Map.of("start", 5, "end", 2)).statusCode(400).body("errors.field", hasItem("end"));
        claim(id, Map.of("start", 0, "end", 8, "quote", "wrong")).statusCode(400).body("errors.field", hasItem("quote"));
        claim("alpha", Map.of("start", 0, "end", 5)).statusCode(409);
        claim("no-such-document", Map.of("start", 0, "end", 5)).statusCode(404);
    }

    static Map<String, Object> suggestion(String documentId, String quoteStart) {
        List<Map<String, Object>> all = given().get("/api/documents/" + documentId + "/suggestions").jsonPath()
                .getList("$");
        return all.stream().filter(s -> ((String) s.get("quote")).startsWith(quoteStart)).findFirst().orElseThrow();
    }

    static io.restassured.response.ValidatableResponse accept(String id, String sid, Map<String, ?> body) {
        return TestAccounts.asReviewer().contentType(ContentType.JSON).body(body)
                .post("/api/documents/" + id + "/suggestions/" + sid + "/accept").then();
    }

    private static io.restassured.response.ValidatableResponse claim(String id, Map<String, ?> body) {
        return TestAccounts.asReviewer().contentType(ContentType.JSON).body(body)
                .post("/api/documents/" + id + "/claims").then();
    }
}
