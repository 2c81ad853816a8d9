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
}
