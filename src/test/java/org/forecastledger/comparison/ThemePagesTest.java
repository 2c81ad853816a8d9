package org.forecastledger.comparison;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class ThemePagesTest {

    @Test
    void themePageTellsEachYearWithWhatHappenedAndTheLinks() {
        given().get("/themes/arms-control").then()
                .statusCode(200)
                .body(allOf(
                        containsString("<h1>Arms control</h1>"),
                        containsString("<h2 id=\"y2020\">2020: what was predicted"),
                        containsString("<h2 id=\"y2024\">2024: what was predicted"),
                        containsString("The 2024 documents say nothing on this theme."),
                        containsString("“the treaty will be extended”"),
                        containsString("The treaty was extended for five years."),
                        containsString("↩ contradicts <a href=\"/claims/beta-sanctions-stay\">2024: Sanctions will stay in place.</a>")));
    }

    @Test
    void themeListAndUnknownTheme() {
        given().get("/themes").then().statusCode(200)
                .body(allOf(containsString("<a href=\"/themes/arms-control\">Arms control</a> — 2 claims (2020)"),
                        containsString("<a href=\"/themes/sanctions\">Sanctions</a> — 1 claims (2024)")));
        given().get("/themes/nothing").then().statusCode(404).body(containsString("No theme with id"));
    }

    @Test
    void scoresPageShowsTrackRecordsCalibrationAndTheUnresolved() {
        given().get("/scores").then()
                .statusCode(200)
                .body(allOf(
                        containsString("<caption>By document</caption>"),
                        containsString("<caption>By predictor (who made the forecast)</caption>"),
                        containsString("<title id=\"cal-title\">Calibration of all resolved claims</title>"),
                        containsString("Not scored: 1 pending or unresolvable claims"),
                        containsString("<a href=\"/claims/alpha-talks-resume\">Talks will resume next year.</a>")));
    }

    @Test
    void methodologyPageIsRenderedFromTheDocs() {
        given().get("/methodology").then()
                .statusCode(200)
                .body(allOf(containsString("<h1>Methodology</h1>"), containsString("<h2>4. Estimative language</h2>"),
                        containsString("<td>very likely</td>"), containsString("Sherman Kent")));
    }
}
