package org.forecastledger.document;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class DocumentApiResourceTest {

    @Test
    void listsEveryDocumentWithItsMetadataAndClaimCount() {
        given().get("/api/documents").then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("id", contains("alpha", "beta"))
                .body("[0].title", equalTo("Alpha interview"))
                .body("[0].year", equalTo(2020))
                .body("[0].kind", equalTo("INTERVIEW_SUMMARY"))
                .body("[0].author", equalTo("A. Speaker"))
                .body("[0].outlet", equalTo("Test channel"))
                .body("[0].publishedOn", equalTo("2020-05-01"))
                .body("[0].datingNote", equalTo("Fixture."))
                .body("[0].file", equalTo("alpha.txt"))
                .body("[0].sha256", equalTo("bc6d117fa05143d105d7af31d98e026ef874f76b5a313dd134e05b5a59835158"))
                .body("[0].claimCount", equalTo(2))
                .body("[1].claimCount", equalTo(1))
                .body("[0].text", nullValue());
    }

    @Test
    void oneDocumentCarriesItsFullText() {
        given().get("/api/documents/beta").then()
                .statusCode(200)
                .body("id", equalTo("beta"))
                .body("text", equalTo("Beta report\nOfficials believe sanctions will stay in place.\n"));
    }

    @Test
    void unknownDocumentIsAProblem404() {
        given().get("/api/documents/gamma").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No document with id 'gamma'"))
                .body("instance", startsWith("/api/documents/gamma"));
    }
}
