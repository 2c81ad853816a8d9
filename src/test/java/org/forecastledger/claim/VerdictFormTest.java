package org.forecastledger.claim;

import io.quarkus.test.junit.QuarkusTest;
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

/** The verdict form on a claim's page, as reviewers use it in a browser. */
@QuarkusTest
class VerdictFormTest {

    private static final String CLAIM = "beta-sanctions-stay";
    private static final String PAGE = "/claims/" + CLAIM;

    private static int revision() {
        return given().get("/api/claims/" + CLAIM).then().extract().path("revision");
    }

    private static Map<String, Object> form(String rationale, int expectedRevision) {
        Map<String, Object> form = new HashMap<>();
        form.put("status", "FAILED");
        form.put("asOf", "2026-11-30");
        form.put("rationale", rationale);
        form.put("expectedRevision", expectedRevision);
        form.put("evidenceDate", List.of("2025-01-01", ""));
        form.put("evidenceSummary", List.of("Sanctions were lifted.", ""));
        form.put("evidenceSource", List.of("Test wire", ""));
        form.put("evidenceUrl", List.of("", ""));
        form.put("action", "save");
        return form;
    }

    @Test
    void onlyReviewersAndFacilitatorsSeeTheForm() {
        assertThat(given().get(PAGE).then().statusCode(200).extract().asString()).contains("Sanctions were lifted.")
                .doesNotContain("Record a new verdict");
        BrowserSession viewer = BrowserSession.loggedIn(TestAccounts.ensure("vera", Role.VIEWER));
        assertThat(viewer.get(PAGE).then().statusCode(200).extract().asString()).contains("Sanctions were lifted.")
                .doesNotContain("Record a new verdict");
        BrowserSession reviewer = BrowserSession.loggedIn(TestAccounts.ensure("rory", Role.REVIEWER));
        String page = reviewer.get(PAGE).asString();
        assertThat(page).contains("Record a new verdict", "name=\"csrf-token\"", "value=\"Sanctions were lifted.\"",
                "name=\"expectedRevision\" value=\"" + revision() + "\"", "Recorded as <strong>rory</strong>");
        assertThat(BrowserSession.loggedIn("admin").get(PAGE).asString()).contains("Record a new verdict");
    }

    @Test
    void aRecordedVerdictRedirectsToTheClaimWhichShowsItAndWho() {
        BrowserSession reviewer = BrowserSession.loggedIn(TestAccounts.ensure("rory", Role.REVIEWER));
        reviewer.get(PAGE);
        int before = revision();
        Response saved = reviewer.post(PAGE + "/verdicts", form("Checked again in the form: still lifted.", before));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith(PAGE + "?recorded=" + (before + 1) + "#verdict-h");
        String page = reviewer.get(PAGE + "?recorded=" + (before + 1)).asString();
        assertThat(page).contains("Recorded revision " + (before + 1), "Checked again in the form: still lifted.",
                "decided by Reviewer (rory)");
        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("history[0].decidedBy", org.hamcrest.Matchers.equalTo("rory"))
                .body("history[0].evidence[0].source", org.hamcrest.Matchers.equalTo("Test wire"));
    }

    @Test
    void badFieldsReRenderTheFormWithWhatWasTypedAndAMessagePerField() {
        BrowserSession reviewer = BrowserSession.loggedIn(TestAccounts.ensure("rory", Role.REVIEWER));
        reviewer.get(PAGE);
        int before = revision();
        Map<String, Object> form = form("", before);
        form.put("evidenceDate", List.of("2025-01-01", "yesterday"));
        form.put("evidenceSummary", List.of("Sanctions were lifted.", "A typed summary to keep"));
        form.put("evidenceSource", List.of("Test wire", "Some paper"));
        Response rejected = reviewer.post(PAGE + "/verdicts", form);
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.asString()).contains("The verdict was not recorded", "id=\"rationale-error\">is required<",
                "id=\"evidence[1].date-error\"", "must be an ISO date", "value=\"A typed summary to keep\"",
                "value=\"yesterday\"");
        assertThat(rejected.asString()).contains("<textarea id=\"v-rationale\" name=\"rationale\" required "
                + "maxlength=\"8000\" aria-describedby=\"rationale-hint rationale-error\" aria-invalid=\"true\">"
                + "</textarea>", "<input id=\"e1-date\" name=\"evidenceDate\" type=\"date\" value=\"yesterday\" "
                + "aria-invalid=\"true\" aria-describedby=\"evidence[1].date-error\">",
                "<label for=\"e1-summary\">What happened</label>");
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void aStalePageShowsTheNewerVerdictBesideWhatWasTypedAndLosesNothing() {
        BrowserSession first = BrowserSession.loggedIn(TestAccounts.ensure("rory", Role.REVIEWER));
        BrowserSession second = BrowserSession.loggedIn(TestAccounts.ensure("sara", Role.REVIEWER));
        first.get(PAGE);
        second.get(PAGE);
        int seen = revision();
        assertThat(first.post(PAGE + "/verdicts", form("First reviewer's reading.", seen)).statusCode()).isEqualTo(303);
        Response stale = second.post(PAGE + "/verdicts", form("Second reviewer's reading, typed at length.", seen));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("Somebody recorded a newer verdict", "First reviewer&#39;s reading.",
                "Revision " + (seen + 1) + " by rory", "Second reviewer&#39;s reading, typed at length.</textarea>",
                "name=\"expectedRevision\" value=\"" + (seen + 1) + "\"");
        assertThat(revision()).isEqualTo(seen + 1);
        Response again = second.post(PAGE + "/verdicts", form("Second reviewer's reading, typed at length.", seen + 1));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(revision()).isEqualTo(seen + 2);
    }

    @Test
    void addingAnEvidenceRowKeepsEverythingTyped() {
        BrowserSession reviewer = BrowserSession.loggedIn(TestAccounts.ensure("rory", Role.REVIEWER));
        reviewer.get(PAGE);
        int before = revision();
        Map<String, Object> form = form("Half-written rationale", before);
        form.put("action", "add-row");
        Response more = reviewer.post(PAGE + "/verdicts", form);
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.asString()).contains("Half-written rationale</textarea>", "id=\"e2-date\"")
                .doesNotContain("id=\"e3-date\"");
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void markupTypedIntoARationaleOrEvidenceComesOutEscaped() {
        BrowserSession reviewer = BrowserSession.loggedIn(TestAccounts.ensure("rory", Role.REVIEWER));
        reviewer.get(PAGE);
        Map<String, Object> form = form("<script>alert('rationale')</script><b>bold</b>", revision());
        form.put("evidenceSummary", List.of("<img src=x onerror=alert(1)>", ""));
        assertThat(reviewer.post(PAGE + "/verdicts", form).statusCode()).isEqualTo(303);
        String page = given().get(PAGE).asString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;rationale&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;",
                "&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<script>alert", "<img src=x");
    }

    @Test
    void viewersAndAnonymousVisitorsCannotRecord() {
        int before = revision();
        BrowserSession viewer = BrowserSession.loggedIn(TestAccounts.ensure("vera", Role.VIEWER));
        viewer.get(PAGE);
        assertThat(viewer.post(PAGE + "/verdicts", form("Viewer tries.", before)).statusCode()).isEqualTo(403);
        BrowserSession anonymous = new BrowserSession();
        anonymous.get(PAGE);
        Response redirected = anonymous.post(PAGE + "/verdicts", form("Anonymous tries.", before));
        assertThat(redirected.statusCode()).isEqualTo(303);
        assertThat(redirected.header("Location")).contains("/login?next=");
        assertThat(revision()).isEqualTo(before);
    }
}
