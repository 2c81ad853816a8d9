package org.forecastledger.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The claims table's "Predicted by" menu follows an accepted suggestion that brings a new attribution. */
@QuarkusTest
@TestProfile(IngestProfile.class)
class AttributionMenuTest {

    private static final Pattern MENU = Pattern.compile(
            "<select id=\"f-attributed\" name=\"attributedTo\">(.*?)</select>", Pattern.DOTALL);

    private static String predictedByMenu() {
        String page = given().get("/claims").then().statusCode(200).extract().asString();
        Matcher menu = MENU.matcher(page);
        assertThat(menu.find()).as("the claims page has the Predicted by menu").isTrue();
        return menu.group(1);
    }

    @Test
    void anAcceptedSuggestionsNewAttributionAppearsInThePredictedByMenu() {
        String name = "Menu Tester " + UUID.randomUUID().toString().substring(0, 8);
        String id = Uploads.uploadFresh(2041);
        // the menu is read (and cached) before the claim exists
        assertThat(predictedByMenu()).contains("<option").doesNotContain(name);

        Map<String, Object> suggestion = ReviewTest.suggestion(id, "Analysts expect the talks");
        ReviewTest.accept(id, String.valueOf(suggestion.get("id")), Map.of("attributedTo", name)).statusCode(201);

        assertThat(predictedByMenu()).contains("<option value=\"" + name + "\" >" + name + "</option>");
    }
}
