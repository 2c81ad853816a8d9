package org.forecastledger.comparison;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ComparisonResourceTest {

    @Test
    void dashboardShowsThemesAgainstYearsWithBadges() {
        given().get("/").then()
                .statusCode(200)
                .body(allOf(
                        containsString("<th scope=\"col\">2020</th><th scope=\"col\">2024</th>"),
                        containsString("Arms control"),
                        containsString("<a href=\"/claims/alpha-treaty-extended\">The treaty will be extended by spring.</a>"),
                        containsString("<a href=\"/claims/beta-sanctions-stay\">Sanctions will stay in place.</a>"),
                        containsString("✗</span> Failed"),
                        containsString("<svg role=\"img\""),
                        containsString("2020: 2 claims, 1 held, 0 partly held, 0 failed, 1 pending, 0 unresolvable")));
    }

    @Test
    void filtersAreGetParameters() {
        given().queryParam("status", "FAILED").get("/").then()
                .statusCode(200)
                .body(allOf(containsString("Sanctions will stay in place."),
                        not(containsString("The treaty will be extended by spring.")),
                        containsString("<option value=\"FAILED\" selected>")));
        given().queryParam("q", "nothing matches this").get("/").then()
                .statusCode(200)
                .body(containsString("No claim matches these filters."));
    }

    @Test
    void anonymousVisitorsShareOnePageAndNobodyElsesNameReachesThem() {
        // a logged-in person asks first, for a filter nobody asked for yet: their page must not become the shared one
        org.forecastledger.account.TestAccounts.asReviewer().get("/?theme=sanctions&year=2024").then().statusCode(200)
                .body(allOf(containsString("<span class=\"who\">reviewer"), containsString("action=\"/logout\""),
                        containsString("Sanctions will stay in place.")));
        String first = given().get("/?theme=sanctions&year=2024").then().statusCode(200)
                .contentType("text/html;charset=UTF-8").extract().asString();
        org.assertj.core.api.Assertions.assertThat(first).contains("<a href=\"/login\"", "Sanctions will stay in place.")
                .doesNotContain("reviewer", "/logout", "csrf");
        org.forecastledger.account.TestAccounts.asReviewer().get("/?theme=sanctions&year=2024").then().statusCode(200)
                .body(containsString("<span class=\"who\">reviewer"));
        String again = given().get("/?theme=sanctions&year=2024").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(again).isEqualTo(first);
    }

    @Test
    void aVerdictReachesTheAnonymousPageAtOnce() {
        String before = given().get("/?theme=sanctions").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(before).contains("Sanctions");
        int revision = given().get("/api/claims/beta-sanctions-stay").then().extract().path("revision");
        String status = given().get("/api/claims/beta-sanctions-stay").then().extract().path("status");
        try {
            write("PARTIAL", revision);
            org.assertj.core.api.Assertions.assertThat(given().get("/?theme=sanctions").then().statusCode(200)
                    .extract().asString()).isNotEqualTo(before).contains("1 partly held");
        } finally {
            write(status, revision + 1);
        }
        org.assertj.core.api.Assertions.assertThat(given().get("/?theme=sanctions").then().extract().asString())
                .doesNotContain("1 partly held");
    }

    private static void write(String status, int expectedRevision) {
        org.forecastledger.account.TestAccounts.asReviewer().contentType("application/json").body("""
                {"status": "%s", "asOf": "2026-11-22", "rationale": "Dashboard cache test.", "expectedRevision": %d,
                 "evidence": [{"date": "2026-11-01", "summary": "Checked.", "source": "Test wire"}]}
                """.formatted(status, expectedRevision)).post("/api/claims/beta-sanctions-stay/verdicts").then()
                .statusCode(201);
    }
}
