package org.forecastledger.ingest;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.forecastledger.account.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Uploads through the API for the tests: a short article with forecasts, made unique so that it is never a duplicate. */
final class Uploads {

    static final String ARTICLE = """
            Analysts expect the talks to resume in March 2027.
            The ceasefire collapsed last year after both sides accused each other of violations.
            Moscow will probably keep its troops in the region until 2028.
            What will Brussels do next?
            """;

    private Uploads() {
    }

    /** A text nobody has uploaded yet: the article plus a unique last line. */
    static String freshArticle() {
        return ARTICLE + "Note " + UUID.randomUUID() + ".\n";
    }

    /**
     * A reviewer's multipart request carrying the CSRF cookie and token, as a script gets them from the upload page
     * (quarkus-rest-csrf checks every multipart form, the API's too).
     */
    static RequestSpecification withToken() {
        Response page = TestAccounts.asReviewer().get("/documents/new");
        Matcher token = TOKEN.matcher(page.asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the upload page");
        }
        return TestAccounts.asReviewer().cookie("csrf-token", page.getCookie("csrf-token"))
                .multiPart("csrf-token", token.group(1));
    }

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    static Response upload(String text, String fileName, String mimeType, int year) {
        return withToken()
                .multiPart("file", fileName, text.getBytes(StandardCharsets.UTF_8), mimeType)
                .multiPart("title", "Talks and troops")
                .multiPart("author", "Jane Analyst")
                .multiPart("outlet", "Example Review")
                .multiPart("publishedOn", "2026-02-04")
                .multiPart("kind", "OPINION")
                .multiPart("year", String.valueOf(year))
                .post("/api/documents");
    }

    /** Uploads a fresh article and returns the new document's id. */
    static String uploadFresh(int year) {
        Response response = upload(freshArticle(), "article.txt", "text/plain", year);
        if (response.statusCode() != 201) {
            throw new AssertionError("upload answered " + response.statusCode() + ": " + response.asString());
        }
        return response.jsonPath().getString("id");
    }
}
