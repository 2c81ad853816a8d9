package org.forecastledger.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.forecastledger.Sha256;
import org.forecastledger.account.BrowserSession;
import org.forecastledger.account.Role;
import org.forecastledger.account.TestAccounts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/** Uploading a document through the API and the page, and every kind of bad upload, which stores nothing. */
@QuarkusTest
@TestProfile(IngestProfile.class)
class UploadApiTest {

    @Test
    void anUploadIsStoredWithItsHashAndGetsItsOwnColumn() {
        String text = Uploads.freshArticle();
        Response response = Uploads.upload(text, "article.txt", "text/plain", 2031);
        response.then().statusCode(201).header("Location", containsString("/api/documents/talks-and-troops-2031"));
        String id = response.jsonPath().getString("id");
        assertThat(response.jsonPath().getInt("suggestions")).isGreaterThanOrEqualTo(2);
        given().get("/api/documents/" + id).then().statusCode(200)
                .body("text", org.hamcrest.Matchers.equalTo(text.strip() + "\n"))
                .body("sha256", org.hamcrest.Matchers.equalTo(Sha256.hex(text.strip() + "\n")))
                .body("year", org.hamcrest.Matchers.equalTo(2031))
                .body("uploadedBy", org.hamcrest.Matchers.equalTo("reviewer"));
        given().get("/api/comparison").then().statusCode(200).body("years", hasItem(2031));
        given().get("/documents/" + id).then().statusCode(200).body(containsString("Analysts expect the talks"));
    }

    @Test
    void htmlIsReducedToItsTextOneLinePerParagraph() {
        String html = "<!DOCTYPE html><html><head><title>x</title><script>var a = 1;</script></head><body>"
                + "<h1>Outlook " + System.nanoTime() + "</h1><p>Experts expect   the <b>deal</b> to fail.</p>"
                + "<ul><li>Sanctions will remain in place.</li></ul></body></html>";
        String id = Uploads.upload(html, "page.html", "text/html", 2032).then().statusCode(201).extract()
                .jsonPath().getString("id");
        String text = given().get("/api/documents/" + id).jsonPath().getString("text");
        assertThat(text).startsWith("## Outlook ").contains("\nExperts expect the deal to fail.\n"
                + "Sanctions will remain in place.\n").doesNotContain("<", "var a");
    }

    @Test
    void theSameTextTwiceIsAConflictNamingTheDocumentHeld() {
        String text = Uploads.freshArticle();
        String id = Uploads.upload(text, "a.txt", "text/plain", 2033).jsonPath().getString("id");
        long before = documents();
        Uploads.upload(text, "b.txt", "text/plain", 2033).then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("'" + id + "'"));
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndStoreNothing() {
        long before = documents();
        refused(Uploads.upload("", "empty.txt", "text/plain", 2034), 400, "empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 1};
        refused(raw(png, "image.png"), 400, "not valid UTF-8");
        refused(raw("text\u0000with\u0000nulls and more text".getBytes(StandardCharsets.UTF_8), "nul.txt"), 400,
                "binary");
        refused(raw(new byte[] {'c', 'a', 'f', (byte) 0xe9, ' ', 'n', 'o', 'i', 'r'}, "latin1.txt"), 400,
                "not valid UTF-8");
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        refused(raw(big, "big.txt"), 413, "limit");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void missingMetadataNamesEachField() {
        long before = documents();
        Uploads.withToken().multiPart("file", "a.txt", Uploads.freshArticle().getBytes(StandardCharsets.UTF_8),
                "text/plain").multiPart("year", "twenty").multiPart("publishedOn", "04/02/2026")
                .multiPart("kind", "POEM").post("/api/documents")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("title", "author", "outlet", "publishedOn", "kind", "year"));
        Uploads.withToken().multiPart("title", "No file").post("/api/documents")
                .then().statusCode(400).body("errors.field", hasItems("file", "author"));
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void onlyReviewersUpload() {
        given().multiPart("file", "a.txt", "x".getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(401);
        TestAccounts.asViewer().multiPart("file", "a.txt", "x".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(403);
        TestAccounts.asReviewer().multiPart("file", "a.txt", Uploads.freshArticle().getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(400).body("errors.field", hasItem("csrf-token"));
        TestAccounts.asReviewer().contentType("application/json").body("{}").post("/api/documents")
                .then().statusCode(415).body("detail", containsString("multipart/form-data"));
    }

    @Test
    void thePageUploadsWithItsCsrfTokenAndShowsErrorsBesideTheFields() {
        TestAccounts.ensure("page-reviewer", Role.REVIEWER);
        BrowserSession browser = BrowserSession.loggedIn("page-reviewer");
        assertThat(browser.get("/documents/new").asString()).contains("enctype=\"multipart/form-data\"",
                "name=\"csrf-token\"");
        Response bad = browser.postMultipart("/documents/new", Map.of("title", "Only a title"), "a.txt",
                new byte[0], "text/plain");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("Nothing was stored", "the file is empty",
                "id=\"author-error\">is required<");
        browser.get("/documents/new");
        Response good = browser.postMultipart("/documents/new", Map.of("title", "Page upload", "author", "A. Writer",
                "outlet", "Example", "publishedOn", "2026-02-20", "kind", "NEWS_REPORT", "year", "2026"),
                "page.md", Uploads.freshArticle().getBytes(StandardCharsets.UTF_8), "text/markdown");
        assertThat(good.statusCode()).isEqualTo(303);
        assertThat(good.header("Location")).contains("/documents/page-upload-2026");
        String page = browser.get("/documents/page-upload-2026").asString();
        assertThat(page).contains("Suggested forecasts", "Analysts expect the talks to resume in March 2027");
        assertThat(browser.postRaw("/documents/new", Map.of("title", "no token")).statusCode()).isEqualTo(400);
    }

    @Test
    void viewersCannotSeeTheUploadForm() {
        assertThat(BrowserSession.loggedIn(TestAccounts.ensure("page-viewer", Role.VIEWER)).get("/documents/new")
                .statusCode()).isEqualTo(403);
    }

    private static Response raw(byte[] bytes, String fileName) {
        return Uploads.withToken().multiPart("file", fileName, bytes, "application/octet-stream")
                .multiPart("title", "Bad file").multiPart("author", "X").multiPart("outlet", "Y")
                .multiPart("publishedOn", "2026-01-01").multiPart("kind", "OPINION").multiPart("year", "2026")
                .post("/api/documents");
    }

    private static void refused(Response response, int status, String message) {
        response.then().statusCode(status).contentType(startsWith("application/problem+json"))
                .body("detail", containsString(message));
    }

    private static long documents() {
        return given().get("/api/documents").jsonPath().getList("id").size();
    }
}
