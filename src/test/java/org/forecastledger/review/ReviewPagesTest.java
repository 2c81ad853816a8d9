package org.forecastledger.review;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.forecastledger.account.BrowserSession;
import org.forecastledger.account.Role;
import org.forecastledger.account.TestAccounts;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The session pages without JavaScript: forms, 303s, messages per field, conflicts, and escaping everywhere. */
@QuarkusTest
@TestProfile(ReviewProfile.class)
class ReviewPagesTest {

    static final String NOTE = "<img src=x onerror=alert(1)> page-note";

    @Test
    void aMeetingRunsOnFormsAlone() {
        TestAccounts.ensure("page-reviewer", Role.REVIEWER);
        given().redirects().follow(false).get("/review-sessions").then().statusCode(303);
        BrowserSession admin = BrowserSession.loggedIn(TestAccounts.ADMIN);
        BrowserSession reviewer = BrowserSession.loggedIn("page-reviewer");

        assertThat(admin.get("/review-sessions/new").asString()).contains("Open a review session");
        assertThat(reviewer.get("/review-sessions/new").statusCode()).isEqualTo(403);
        Response invalid = admin.post("/review-sessions", Map.of("title", "", "agenda", "ids", "claimIds", "nope"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.asString()).contains("id=\"title-error\"").contains("value=\"ids\" checked");
        Response unknown = admin.post("/review-sessions", Map.of("title", "t", "agenda", "ids", "claimIds", "nope"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).contains("id=\"claimIds-error\"").contains("no claim with id &#39;nope&#39;");
        Response created = admin.post("/review-sessions", Map.of("title", "Forms <only>", "agenda", "ids",
                "claimIds", "alpha-talks-resume,\nbeta-sanctions-stay"));
        assertThat(created.statusCode()).isEqualTo(303);
        String page = created.header("Location").replaceAll("^https?://[^/]+", "");
        String id = page.substring(page.lastIndexOf('/') + 1);
        String item = page + "/items/alpha-talks-resume";

        assertThat(reviewer.get(page).asString()).contains("Forms &lt;only&gt;").contains("Join this session")
                .contains("action=\"" + item + "/votes\"").doesNotContain("Reveal the votes");
        assertThat(reviewer.post(page + "/join", Map.of()).statusCode()).isEqualTo(303);
        Response badVote = reviewer.post(item + "/votes", Map.of("status", "MAYBE", "confidence", "high", "note", NOTE));
        assertThat(badVote.statusCode()).isEqualTo(400);
        assertThat(badVote.asString()).contains("must be one of").contains("&lt;img src=x");
        assertThat(reviewer.post(item + "/votes", Map.of("status", "HELD", "confidence", "low", "note", NOTE,
                "evidence", "")).statusCode()).isEqualTo(303);
        assertThat(reviewer.get(page).asString()).contains("Your vote:").contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x").contains("Change my vote");
        String facilitatorView = admin.get(page).asString();
        assertThat(facilitatorView).doesNotContain("page-note").contains("data-vote-count=\"alpha-talks-resume\">1<")
                .contains("Reveal the votes").contains("page-reviewer");

        assertThat(reviewer.post(item + "/reveal", Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.post(item + "/reveal", Map.of()).statusCode()).isEqualTo(303);
        Response late = reviewer.post(item + "/votes", Map.of("status", "FAILED", "confidence", "low"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.asString()).contains("Voting on &#39;alpha-talks-resume&#39; is closed");
        String revealed = admin.get(page).asString();
        assertThat(revealed).contains("&lt;img src=x onerror=alert(1)&gt; page-note").contains("Record the decision")
                .doesNotContain("<img src=x");

        Response missing = admin.post(item + "/decision", Map.of("status", "HELD", "asOf", "2026-11-30",
                "rationale", "", "expectedRevision", "1"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.asString()).contains("id=\"rationale-error\">is required<");

        int current = TestAccounts.as("page-reviewer").get("/api/claims/alpha-talks-resume").then().extract().path("revision");
        Map<String, Object> meanwhile = new HashMap<>(ReviewApiResourceTest.decision("FAILED"));
        meanwhile.put("expectedRevision", current);
        TestAccounts.as("page-reviewer").contentType(ContentType.JSON).body(meanwhile)
                .post("/api/claims/alpha-talks-resume/verdicts").then().statusCode(201);
        Map<String, Object> decision = new HashMap<>(Map.of("status", "HELD", "asOf", "2026-11-30",
                "rationale", "Talks resumed.", "evidenceDate", List.of("2026-11-01"),
                "evidenceSummary", List.of("Talks resumed."), "evidenceSource", List.of("Wire"),
                "evidenceUrl", List.of(""), "expectedRevision", String.valueOf(current), "action", "save"));
        admin.get(page);
        Response conflict = admin.post(item + "/decision", decision);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.asString()).contains("changed during the session").contains("Decided together.")
                .contains("name=\"expectedRevision\" value=\"" + (current + 1) + "\"");
        decision.put("expectedRevision", String.valueOf(current + 1));
        assertThat(admin.post(item + "/decision", decision).statusCode()).isEqualTo(303);
        assertThat(admin.get(page).asString()).contains("Dissent on record: none").contains("revision " + (current + 2));
        assertThat(given().get("/claims/alpha-talks-resume").asString()).contains("review session " + id);

        String present = admin.get(page + "/present").asString();
        assertThat(present).contains("present-statement").contains("Sanctions will stay in place.")
                .contains("id=\"present-prev\"").contains("/js/review-live.js");
        assertThat(admin.get(page + "/present?item=alpha-talks-resume").asString()).contains("id=\"present-next\"")
                .contains("Talks will resume next year.").contains("HELD</span> <strong>1</strong>");
        assertThat(admin.get(page + "/present?item=nope").statusCode()).isEqualTo(404);
        assertThat(admin.get(page + "/minutes").asString()).contains("Minutes: Forms &lt;only&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt; page-note").contains("FAILED → HELD");
        assertThat(admin.post(page + "/close", Map.of()).statusCode()).isEqualTo(303);
        assertThat(admin.get(page).asString()).contains("<strong>closed</strong>").doesNotContain("Reveal the votes");
    }
}
