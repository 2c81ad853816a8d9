package org.forecastledger.document;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class DocumentPagesTest {

    @Test
    void documentPageAnchorsEveryClaimAndRendersTheMarkupCleanly() {
        given().get("/documents/alpha").then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"claim-alpha-treaty-extended\""),
                        containsString("id=\"claim-alpha-talks-resume\""),
                        containsString("<span class=\"timestamp\" title=\"Video timestamp\">00:01:10</span>"),
                        containsString("<span class=\"wiki\">arms control</span>"),
                        containsString("<h2 class=\"doc-heading\">Outlook 🎯</h2>"),
                        not(containsString("yt-timestamp")),
                        not(containsString("[[")),
                        not(containsString("videoId:"))));
    }

    @Test
    void documentListShowsEachDocumentWithItsClaimCount() {
        given().get("/documents").then()
                .statusCode(200)
                .body(allOf(containsString("<a href=\"/documents/alpha\">Alpha interview</a>"),
                        containsString("<a href=\"/claims?document=beta\">1</a>")));
    }

    @Test
    void unknownDocumentIsAnHtml404() {
        given().get("/documents/none").then().statusCode(404).contentType(containsString("text/html"));
    }
}
