package org.forecastledger.claim;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.forecastledger.document.Document;
import org.forecastledger.verdict.Decider;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictService;
import org.forecastledger.verdict.VerdictStatus;
import org.forecastledger.verdict.VerdictRevision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** What is due for review, and what changed since a day, on a database of its own. */
@QuarkusTest
@TestProfile(DueAndChangedSinceTest.OwnDatabase.class)
class DueAndChangedSinceTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url",
                    org.forecastledger.OwnDatabase.url("due"),
                    "ledger.due.verdict-age-days", "400");
        }
    }

    @Inject
    VerdictService verdicts;

    @BeforeEach
    void makeTwoClaimsDue() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Claim.findById("alpha-overdue") != null) {
                return;
            }
            Claim overdue = new Claim();
            overdue.id = "alpha-overdue";
            overdue.document = Document.findById("alpha");
            overdue.theme = Theme.findById("arms-control");
            overdue.position = 99;
            overdue.quote = "the treaty will be extended";
            overdue.occurrence = 1;
            overdue.quoteStart = 0;
            overdue.quoteEnd = 10;
            overdue.locator = "00:00:01";
            overdue.statement = "An overdue forecast.";
            overdue.attributedTo = "A. Speaker";
            overdue.horizonLabel = "By 2020";
            overdue.horizonUntil = LocalDate.of(2020, 12, 31);
            overdue.hedgeWords = "will";
            overdue.hedgeBand = HedgeBand.VERY_LIKELY;
            overdue.persist();
            verdicts.appendFromSeeds(overdue, new NewVerdict(VerdictStatus.PENDING, LocalDate.of(2026, 11, 22),
                    "Not known yet.", List.of()));
        });
        if (QuarkusTransaction.requiringNew().call(() -> VerdictRevision.latest("alpha-treaty-extended").orElseThrow()
                .asOf.getYear()) != 2020) {
            int revision = given().get("/api/claims/alpha-treaty-extended").then().extract().path("revision");
            verdicts.append("alpha-treaty-extended", new NewVerdict(VerdictStatus.HELD, LocalDate.of(2020, 1, 1),
                    "Judged long ago.", List.of(new org.forecastledger.verdict.EvidenceItem(LocalDate.of(2019, 1, 1),
                            "Something happened.", "Test gazette", null))), Decider.reviewer("old-hand"), revision);
        }
    }

    @Test
    void dueListsPendingClaimsPastTheirHorizonAndOldVerdicts() {
        given().get("/api/claims?due=true").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", containsInAnyOrder("alpha-overdue", "alpha-treaty-extended"));
        given().get("/claims?due=true").then().statusCode(200)
                .body(containsString("An overdue forecast."), not(containsString("Talks will resume next year.")));
        given().get("/").then().statusCode(200)
                .body(containsString("<a href=\"/claims?due=true\"><strong>2 claims are due for review</strong></a>"));
        given().get("/api/claims?due=false").then().body("total", equalTo(4));
    }

    @Test
    void changedSinceFiltersByTheDayARevisionWasRecorded() {
        // the days the latest revisions were really recorded on, so that a run across midnight UTC still agrees
        List<LocalDate> recorded = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>listAll().stream()
                .map(claim -> VerdictRevision.latest(claim.id).orElseThrow().decidedAt.atZone(ZoneOffset.UTC)
                        .toLocalDate()).sorted().toList());
        LocalDate first = recorded.get(0);
        LocalDate dayAfterLast = recorded.get(recorded.size() - 1).plusDays(1);
        given().get("/api/claims?changedSince=" + first).then().statusCode(200).body("total", equalTo(4));
        given().get("/api/claims?changedSince=" + dayAfterLast).then().statusCode(200).body("total", equalTo(0));
        given().get("/claims?changedSince=" + dayAfterLast).then().statusCode(200)
                .body(containsString("No claim matches"));
    }

    @Test
    void badDueAndChangedSinceValuesAreNamed() {
        given().get("/api/claims?due=maybe&changedSince=last-week").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("due", "changedSince"))
                .body("detail", containsString("must be true or false"));
        given().get("/claims?changedSince=1066-10-14").then().statusCode(400)
                .body(containsString("changedSince"));
    }
}
