package org.forecastledger.claim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ClaimPagesTest {

    @Test
    void claimPageHighlightsTheQuoteInItsParagraphAndLinksIntoTheDocument() {
        given().get("/claims/alpha-treaty-extended").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("<h1>The treaty will be extended by spring.</h1>"),
                        containsString("id=\"claim-alpha-treaty-extended\""),
                        containsString(">the treaty will be extended</a>"),
                        containsString("The speaker expects the treaty will be extended"),
                        containsString("href=\"/documents/alpha#claim-alpha-treaty-extended\""),
                        containsString("✓</span> Held"),
                        containsString("The treaty was extended for five years."),
                        containsString("href=\"https://example.org/treaty\""),
                        containsString("This claim contradicts <a href=\"/claims/beta-sanctions-stay\">"),
                        containsString("Revision 1")));
    }

    @Test
    void claimsTableFiltersSortsAndPages() {
        given().queryParam("status", "FAILED").get("/claims").then()
                .statusCode(200)
                .body(allOf(containsString("Claims 1–1 of 1."), containsString("Sanctions will stay in place."),
                        not(containsString("The treaty will be extended by spring."))));
        given().queryParam("size", 1).queryParam("sort", "status").get("/claims").then()
                .statusCode(200)
                .body(allOf(containsString("Claims 1–1 of 3."), containsString("Page 1 of 3"),
                        containsString("rel=\"next\" href=\"?sort=status&amp;size=1&amp;page=1\""),
                        containsString("<th scope=\"col\" aria-sort=\"ascending\"><a href=\"?sort=status&amp;size=1\">Verdict</a>")));
    }

    @Test
    void pagePastTheEndSaysSoAndLinksToTheLastPage() {
        given().queryParam("size", 2).queryParam("page", 7).get("/claims").then()
                .statusCode(200)
                .body(allOf(containsString("Page 8 is past the last page (2) of these 3 claims"),
                        containsString("href=\"?size=2&amp;page=1\">go to the last page</a>"),
                        not(containsString("<table class=\"claims\">"))));
    }

    @Test
    void badFilterOnAPageIsAnHtml400() {
        given().queryParam("status", "SOMETIMES").get("/claims").then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("status: must be one of [HELD, PARTIAL, FAILED, PENDING, UNRESOLVABLE], "
                        + "not &#39;SOMETIMES&#39;"));
    }

    @Test
    void unknownClaimIsAnHtml404() {
        given().get("/claims/nothing-here").then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("No claim with id &#39;nothing-here&#39;"));
    }

    @Test
    void userTextIsEscaped() {
        given().queryParam("q", "<script>alert(1)</script>").get("/claims").then()
                .statusCode(200)
                .body(allOf(not(containsString("<script>alert(1)</script>")),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }
}
