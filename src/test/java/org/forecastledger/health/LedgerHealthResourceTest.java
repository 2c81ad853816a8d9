package org.forecastledger.health;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.forecastledger.claim.Claim;
import org.forecastledger.verdict.Decider;
import org.forecastledger.verdict.EvidenceItem;
import org.forecastledger.verdict.NewVerdict;
import org.forecastledger.verdict.VerdictService;
import org.forecastledger.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The ledger-health page, its JSON and the health=true claim filter on the fixture ledger. The fixture's
 * alpha-talks-resume has an undated, not-open-ended label, explained in its seed; beta-sanctions-stay is open-ended,
 * so a FAILED verdict without the settled wording is an open finding.
 */
@QuarkusTest
class LedgerHealthResourceTest {

    static final String OPEN_ENDED = "beta-sanctions-stay";

    @Inject
    VerdictService verdicts;

    private void judgeOpenEnded(String rationale) {
        int current = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(OPEN_ENDED).revision);
        verdicts.append(OPEN_ENDED, new NewVerdict(VerdictStatus.FAILED, LocalDate.of(2026, 11, 22), rationale,
                List.of(new EvidenceItem(LocalDate.of(2025, 1, 1), "Sanctions were lifted.", "Test wire", null))),
                Decider.reviewer("health-test"), current).orElseThrow();
    }

    @Test
    void apiListsOpenAndExplainedFindingsWithEveryRule() {
        judgeOpenEnded("They were lifted.");

        given().get("/api/ledger-health").then()
                .statusCode(200)
                .contentType("application/json")
                .body("claimsChecked", equalTo(3))
                .body("rules", hasSize(HealthRule.values().length))
                .body("rules.id", hasItem("horizon-label-verdict"))
                .body("open.find { it.rule == 'horizon-label-verdict' }.claimIds", equalTo(List.of(OPEN_ENDED)))
                .body("explained", hasSize(1))
                .body("explained[0].rule", equalTo("horizon-label-date"))
                .body("explained[0].claimIds", equalTo(List.of("alpha-talks-resume")))
                .body("explained[0].acceptedNote", containsString("Fixture exception"));
    }

    @Test
    void findingsFollowTheCurrentVerdictAtEveryRequest() {
        judgeOpenEnded("They were lifted.");
        given().get("/api/claims?health=true").then().statusCode(200)
                .body("items.id", equalTo(List.of(OPEN_ENDED)));

        judgeOpenEnded("Already settled: they were lifted in 2025 and cannot stay in place.");
        given().get("/api/claims?health=true").then().statusCode(200)
                .body("total", equalTo(0));
        given().get("/api/ledger-health").then().statusCode(200)
                .body("open.rule", not(hasItem("horizon-label-verdict")));
    }

    @Test
    void healthFilterKeepsOnlyClaimsWithOpenFindingsAndLeavesExplainedOnesOut() {
        judgeOpenEnded("They were lifted.");

        given().get("/api/claims?health=true").then().statusCode(200)
                .body("items.id", equalTo(List.of(OPEN_ENDED)))
                .body("items.id", not(hasItem("alpha-talks-resume")));
        given().get("/api/claims?health=false").then().statusCode(200).body("total", equalTo(3));
        given().get("/claims?health=true").then().statusCode(200)
                .body(containsString("/claims/" + OPEN_ENDED))
                .body(not(containsString("/claims/alpha-treaty-extended\"")))
                .body(containsString("<option value=\"true\" selected>"));
    }

    @Test
    void badHealthValueIsA400NamingTheParameter() {
        given().get("/api/claims?health=maybe").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("health"))
                .body(containsString("must be true or false, not 'maybe'"));
    }

    @Test
    void pageShowsFindingsLinksToTheClaimsAndEscapesTheNote() {
        judgeOpenEnded("They were lifted.");

        given().get("/ledger-health").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Ledger health</h1>"))
                .body(containsString("Open-ended claim failed without a settling event"))
                .body(containsString("href=\"/claims/" + OPEN_ENDED + "\""))
                .body(containsString("Explained (accepted exceptions)"))
                .body(containsString("href=\"/claims/alpha-talks-resume\""))
                .body(containsString("The interview&#39;s &#39;next year&#39; is kept as words"))
                .body(containsString("<code>evidence-before-document</code>"))
                .body(containsString("href=\"/claims?health=true\""));
    }

    @Test
    void scoresAndMethodologyLinkToThePage() {
        given().get("/scores").then().statusCode(200).body(containsString("href=\"/ledger-health\""));
        given().get("/methodology").then().statusCode(200).body(containsString("href=\"/ledger-health\""))
                .body(containsString("8. Ledger health"));
    }
}
