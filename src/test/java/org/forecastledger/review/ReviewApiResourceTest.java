package org.forecastledger.review;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.forecastledger.account.BrowserSession;
import org.forecastledger.account.Role;
import org.forecastledger.account.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** The session API: opening, blind votes, the reveal, decisions on the ledger, and what each route shows when. */
@QuarkusTest
@TestProfile(ReviewProfile.class)
class ReviewApiResourceTest {

    static final String R1 = "rev-one";
    static final String R2 = "rev-two";
    static final String SECRET_1 = "He said \"no\", <b>r1-secret</b>";
    static final String SECRET_2 = "r2-secret & <script>alert(1)</script>";

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(R1, Role.REVIEWER);
        TestAccounts.ensure(R2, Role.REVIEWER);
        TestAccounts.ensure("watcher", Role.VIEWER);
    }

    static long open(String... claimIds) {
        String location = TestAccounts.asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("title", "Weekly review", "claimIds", List.of(claimIds)))
                .post("/api/sessions").then().statusCode(201).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static Response vote(String who, long session, String claimId, String status, String note) {
        return TestAccounts.as(who).contentType(ContentType.JSON)
                .body(Map.of("status", status, "confidence", "high", "note", note, "evidence", "https://example.org/e"))
                .post("/api/sessions/" + session + "/items/" + claimId + "/votes");
    }

    static Map<String, Object> decision(String status) {
        return Map.of("status", status, "asOf", "2026-11-30", "rationale", "Decided together.", "evidence",
                List.of(Map.of("date", "2026-11-01", "summary", "It happened.", "source", "Test wire")));
    }

    @Test
    void openingChecksTheAgendaAndAnswersWithLocation() {
        TestAccounts.asFacilitator().contentType(ContentType.JSON).body("{}").post("/api/sessions").then()
                .statusCode(400).body("errors.field", hasItems("title", "claimIds"));
        TestAccounts.asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("title", "t", "claimIds", List.of("no-such-claim"))).post("/api/sessions").then()
                .statusCode(400).body("errors[0].field", equalTo("claimIds[0]"));
        TestAccounts.asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("title", "t", "filter", Map.of("status", "WRONG"))).post("/api/sessions").then()
                .statusCode(400).body("errors[0].field", equalTo("filter.status"));
        TestAccounts.asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("title", "t", "filter", Map.of("year", 2019))).post("/api/sessions").then()
                .statusCode(400).body("errors[0].field", equalTo("filter"));
        TestAccounts.asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("title", "t", "claimIds", List.of("beta-sanctions-stay"), "filter", Map.of()))
                .post("/api/sessions").then().statusCode(400).body("errors[0].field", equalTo("claimIds"));

        String location = TestAccounts.asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("title", "By filter", "filter", Map.of("document", "beta", "health", false)))
                .post("/api/sessions").then().statusCode(201)
                .header("Location", containsString("/api/sessions/"))
                .body("items.claimId", equalTo(List.of("beta-sanctions-stay")))
                .body("agenda", containsString("document=beta"))
                .extract().header("Location");
        given().get(location).then().statusCode(401);
        TestAccounts.as("watcher").get(location).then().statusCode(200)
                .body("state", equalTo("OPEN")).body("facilitator", equalTo("admin"))
                .body("participants.username", equalTo(List.of("admin")))
                .body("items[0].phase", equalTo("VOTING")).body("items[0].voteCount", equalTo(0));
        TestAccounts.as("watcher").get("/api/sessions").then().statusCode(200).body("title", hasItems("By filter"));
    }

    @Test
    void nobodySeesAVoteBeforeTheRevealOnAnyRouteOrEvent() throws Exception {
        long session = open("alpha-talks-resume", "beta-sanctions-stay");
        BrowserSession admin = BrowserSession.loggedIn(TestAccounts.ADMIN);
        try (SseClient events = SseClient.open(session, "watcher", null)) {
            assertThat(events.status).isEqualTo(200);
            vote(R1, session, "alpha-talks-resume", "HELD", "first thought").then().statusCode(200)
                    .body("voteCount", equalTo(1));
            vote(R2, session, "alpha-talks-resume", "FAILED", SECRET_2).then().statusCode(200)
                    .body("voteCount", equalTo(2));
            vote(R1, session, "alpha-talks-resume", "PARTIAL", SECRET_1).then().statusCode(200)
                    .body("voteCount", equalTo(2)).body("yourVote.status", equalTo("PARTIAL"));

            TestAccounts.as(R1).get("/api/sessions/" + session).then().statusCode(200)
                    .body("items[0].voteCount", equalTo(2)).body("items[0].votes", nullValue())
                    .body("items[0].spread", nullValue()).body("items[0].yourVote.note", equalTo(SECRET_1));
            List<String> surfaces = List.of(
                    surface(TestAccounts.as(R1).get("/api/sessions/" + session), "the session as R1", ITEM),
                    surface(TestAccounts.asFacilitator().get("/api/sessions/" + session), "the session", ITEM),
                    surface(TestAccounts.asFacilitator().get("/api/sessions/" + session + "/minutes.md"), "minutes.md",
                            "## alpha\\-talks\\-resume"),
                    surface(TestAccounts.asFacilitator().get("/api/sessions/" + session + "/minutes.csv"), "minutes.csv",
                            ITEM),
                    surface(TestAccounts.asFacilitator().get("/api/sessions/" + session + "/seeds.patch"), "seeds.patch",
                            "Nothing to change: no decision"),
                    surface(admin.get("/review-sessions/" + session), "the session page", ITEM),
                    surface(admin.get("/review-sessions/" + session + "/present"), "the presenter page", ITEM),
                    surface(admin.get("/review-sessions/" + session + "/minutes"), "the minutes page", ITEM));
            assertThat(events.await(5, Duration.ofSeconds(5))).extracting(SseClient.Event::name)
                    .containsExactly("joined", "vote", "joined", "vote", "vote");
            assertThat(events.events.get(events.events.size() - 1).data()).contains("\"voteCount\":2");
            for (String surface : surfaces) {
                assertThat(surface).doesNotContain("r2-secret").doesNotContain("first thought");
            }
            assertThat(events.raw()).doesNotContain("secret").doesNotContain("HELD").doesNotContain("FAILED")
                    .doesNotContain("PARTIAL");

            TestAccounts.as(R1).contentType(ContentType.JSON).post("/api/sessions/" + session + "/items/alpha-talks-resume/reveal").then()
                    .statusCode(403);
            TestAccounts.asFacilitator().contentType(ContentType.JSON).post("/api/sessions/" + session + "/items/alpha-talks-resume/reveal").then()
                    .statusCode(200).body("phase", equalTo("REVEALED")).body("votes.voter", equalTo(List.of(R1, R2)))
                    .body("spread.PARTIAL", equalTo(1)).body("spread.FAILED", equalTo(1));
            vote(R2, session, "alpha-talks-resume", "HELD", "too late").then().statusCode(409)
                    .contentType(containsString("problem+json"));
            List<SseClient.Event> all = events.await(6, Duration.ofSeconds(5));
            SseClient.Event revealed = all.get(5);
            assertThat(revealed.name()).isEqualTo("revealed");
            assertThat(revealed.data()).contains("\\u003Cscript\\u003E").doesNotContain("<script>")
                    .contains("\"PARTIAL\":1");
        }
        assertThat(admin.get("/review-sessions/" + session).asString())
                .contains("r2-secret &amp; &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        String markdown = TestAccounts.asFacilitator().get("/api/sessions/" + session + "/minutes.md").asString();
        assertThat(markdown).contains("r2\\-secret &amp; &lt;script&gt;alert\\(1\\)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("<b>");
        TestAccounts.asFacilitator().get("/api/sessions/" + session + "/minutes.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("\"He said \"\"no\"\", <b>r1-secret</b>\""));
    }

    @Test
    void aDecisionBecomesARevisionLinkedToTheSessionWithTheDissentOnRecord() {
        long session = open("beta-sanctions-stay");
        String item = "/api/sessions/" + session + "/items/beta-sanctions-stay";
        vote(R1, session, "beta-sanctions-stay", "HELD", "held").then().statusCode(200);
        vote(R2, session, "beta-sanctions-stay", "FAILED", "failed").then().statusCode(200);
        TestAccounts.asFacilitator().contentType(ContentType.JSON).body(decision("HELD")).post(item + "/decision")
                .then().statusCode(409).body("detail", containsString("reveal the votes first"));
        TestAccounts.asFacilitator().contentType(ContentType.JSON).post(item + "/reveal").then().statusCode(200);
        TestAccounts.asFacilitator().contentType(ContentType.JSON).post(item + "/reveal").then().statusCode(409);
        TestAccounts.as(R1).contentType(ContentType.JSON).body(decision("HELD")).post(item + "/decision").then()
                .statusCode(403);
        TestAccounts.asFacilitator().contentType(ContentType.JSON).body(Map.of("status", "HELD")).post(item + "/decision")
                .then().statusCode(400).body("errors.field", hasItems("asOf", "rationale", "evidence"));
        int before = TestAccounts.as("watcher").get("/api/claims/beta-sanctions-stay").then().extract().path("revision");
        TestAccounts.asFacilitator().contentType(ContentType.JSON).body(decision("HELD")).post(item + "/decision")
                .then().statusCode(201)
                .header("Location", endsWith("/api/claims/beta-sanctions-stay/verdicts/" + (before + 1)))
                .body("phase", equalTo("DECIDED")).body("decision.status", equalTo("HELD"))
                .body("decision.dissent", equalTo(List.of(R2 + " (FAILED)")));
        TestAccounts.as("watcher").get("/api/claims/beta-sanctions-stay").then().statusCode(200)
                .body("status", equalTo("HELD"))
                .body("history[0].decidedByKind", equalTo("Review session"))
                .body("history[0].decidedBy", equalTo("admin"))
                .body("history[0].reviewSessionId", equalTo((int) session));
        given().get("/claims/beta-sanctions-stay").then().statusCode(200)
                .body(containsString("href=\"/review-sessions/" + session + "\">review session " + session));
        TestAccounts.as("watcher").get("/api/sessions/" + session).then()
                .body("agreement.reviewers.voter", equalTo(List.of(R1, R2)))
                .body("agreement.reviewers.agreed", equalTo(List.of(1, 0)))
                .body("agreement.items", equalTo(1)).body("agreement.votes", equalTo(2))
                .body("agreement.alphaNominal.value", equalTo(0.0f))
                .body("agreement.alphaOrdinal.units", equalTo(1));
    }

    @Test
    void aVerdictRecordedDuringTheSessionMakesTheDecisionA409ShowingTheNewerOne() {
        long session = open("alpha-treaty-extended");
        String item = "/api/sessions/" + session + "/items/alpha-treaty-extended";
        int revision = TestAccounts.as("watcher").get("/api/claims/alpha-treaty-extended").then().extract()
                .path("revision");
        Map<String, Object> meanwhile = new java.util.HashMap<>(decision("PARTIAL"));
        meanwhile.put("expectedRevision", revision);
        TestAccounts.as(R1).contentType(ContentType.JSON).body(meanwhile)
                .post("/api/claims/alpha-treaty-extended/verdicts").then().statusCode(201);
        TestAccounts.asFacilitator().contentType(ContentType.JSON).post(item + "/reveal").then().statusCode(200);
        TestAccounts.asFacilitator().contentType(ContentType.JSON).body(decision("HELD")).post(item + "/decision")
                .then().statusCode(409).body("current.number", equalTo(revision + 1))
                .body("current.status", equalTo("PARTIAL"));
        Map<String, Object> onTop = new java.util.HashMap<>(decision("HELD"));
        onTop.put("expectedRevision", revision + 1);
        TestAccounts.asFacilitator().contentType(ContentType.JSON).body(onTop).post(item + "/decision").then()
                .statusCode(201).body("decision.revision", equalTo(revision + 2))
                .body("previousStatus", equalTo("PARTIAL"));
    }

    @Test
    void aReconnectWithLastEventIdGetsWhatItMissedInOrder() throws Exception {
        long session = open("alpha-talks-resume", "alpha-treaty-extended");
        String lastSeen;
        try (SseClient first = SseClient.open(session, "watcher", null)) {
            vote(R1, session, "alpha-talks-resume", "PENDING", "a").then().statusCode(200);
            lastSeen = first.await(2, Duration.ofSeconds(5)).get(1).id();
        }
        vote(R2, session, "alpha-talks-resume", "PENDING", "b").then().statusCode(200);
        TestAccounts.asFacilitator().contentType(ContentType.JSON).post("/api/sessions/" + session + "/items/alpha-treaty-extended/current").then()
                .statusCode(200);
        try (SseClient again = SseClient.open(session, "watcher", lastSeen)) {
            List<SseClient.Event> missed = again.await(3, Duration.ofSeconds(5));
            assertThat(missed).extracting(SseClient.Event::name).containsExactly("joined", "vote", "advanced");
            assertThat(missed.get(1).data()).contains("\"voteCount\":2");
            assertThat(again.raw()).contains(":heartbeat");
        }
        try (SseClient stranger = SseClient.open(session, "watcher", "not-an-id")) {
            assertThat(stranger.await(1, Duration.ofSeconds(5))).extracting(SseClient.Event::name)
                    .containsExactly("resync");
        }
        TestAccounts.as("watcher").get("/api/sessions/999999/events").then().statusCode(404);
        given().get("/api/sessions/" + session + "/events").then().statusCode(401);
    }

    private static final String ITEM = "alpha-talks-resume";

    /** A surface's body, once it has answered 200 and shows the item under review (an error page hides nothing). */
    private static String surface(Response response, String what, String item) {
        assertThat(response.statusCode()).as(what).isEqualTo(200);
        String body = response.asString();
        assertThat(body).as(what).contains(item);
        return body;
    }
}
