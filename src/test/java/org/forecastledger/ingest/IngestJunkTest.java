package org.forecastledger.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.forecastledger.account.BrowserSession;
import org.forecastledger.account.Role;
import org.forecastledger.account.TestAccounts;
import org.forecastledger.web.Answers;
import org.forecastledger.web.Junk;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated junk at every route, path, field and body of the ingest feature, with writes open: each answered as the
 * route's contract says (404 unknown, 401/403 without the right, 400 naming the field, 201 when the input is good).
 */
@QuarkusTest
@TestProfile(IngestProfile.class)
class IngestJunkTest {

    private static final long SEED = 20261130L;

    /** A reviewer by session cookie: HTTP Basic would run bcrypt on each of these hundreds of requests. */
    private static BrowserSession reviewer() {
        return BrowserSession.loggedIn(TestAccounts.ensure("junk-ingest-reviewer", Role.REVIEWER));
    }

    @Test
    void unknownDocumentsAndSuggestionsAre404() {
        String document = Uploads.uploadFresh(2050);
        BrowserSession reviewer = reviewer();
        for (String value : Junk.values(new Random(SEED))) {
            if (value.isEmpty() || value.contains("/") || value.contains("\u0000")) {
                continue;
            }
            String junk = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            for (String path : new String[] {"/api/documents/" + junk + "/suggestions",
                    "/api/documents/" + junk + "/seeds"}) {
                Answers.hasStatus(given().urlEncodingEnabled(false).get(path), tooLong(path) ? 414 : 404, path);
            }
            String reject = "/api/documents/" + document + "/suggestions/" + junk + "/reject";
            Answers.hasStatus(reviewer.request().urlEncodingEnabled(false).contentType(ContentType.JSON)
                    .post(reject), tooLong(reject) ? 414 : 404, reject);
        }
    }

    @Test
    void writesAre401AnonymousAnd403ForAViewer() {
        String document = Uploads.uploadFresh(2052);
        long suggestion = firstSuggestion(document);
        BrowserSession viewer = BrowserSession.loggedIn(TestAccounts.ensure("junk-ingest-viewer", Role.VIEWER));
        for (String path : new String[] {"/api/documents/" + document + "/claims",
                "/api/documents/" + document + "/suggestions/" + suggestion + "/accept",
                "/api/documents/" + document + "/suggestions/" + suggestion + "/reject"}) {
            for (String body : Junk.verdictBodies(new Random(SEED + 4)).subList(0, 20)) {
                Answers.hasStatus(given().contentType(ContentType.JSON).body(body).post(path), 401,
                        "anonymous " + path);
                Answers.hasStatus(viewer.request().contentType(ContentType.JSON).body(body).post(path), 403,
                        "viewer " + path);
            }
        }
        given().get("/api/documents/" + document + "/suggestions").then().statusCode(200)
                .body("find { it.id == " + suggestion + " }.state", org.hamcrest.Matchers.equalTo("open"));
    }

    @Test
    void everyReviewBodyIsSentAndAnsweredWithAClaimOrA400NamingTheProblem() {
        BrowserSession reviewer = reviewer();
        String document = upload(reviewer, 2051);
        List<Long> open = openSuggestions(document);
        int sent = 0;
        int accepted = 0;
        for (Map.Entry<String, String> entry : reviewBodies().entrySet()) {
            String body = entry.getKey();
            while (open.isEmpty()) {
                document = upload(reviewer, 2051);
                open = openSuggestions(document);
            }
            String accept = "/api/documents/" + document + "/suggestions/" + open.get(0) + "/accept";
            for (String path : new String[] {"/api/documents/" + document + "/claims", accept}) {
                Response response = reviewer.request().contentType(ContentType.JSON).body(body).post(path);
                String input = path + " " + Answers.shortly(body);
                if (entry.getValue() != null) {
                    Answers.namesField(response, entry.getValue(), input);
                } else if (response.statusCode() == 201) {
                    given().get(response.header("Location")).then().statusCode(200);
                    accepted += path.equals(accept) ? 1 : 0;
                    open = openSuggestions(document); // a claim takes its suggestion, and any it overlaps
                } else {
                    Answers.refusesBody(response, input);
                }
            }
            sent++;
        }
        assertThat(sent).as("bodies sent").isEqualTo(reviewBodies().size());
        assertThat(accepted).as("suggestions accepted by a body without edits").isPositive();
    }

    /** Each body with the field it must be refused for, or null where a claim or a named refusal may follow. */
    private static Map<String, String> reviewBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        Junk.verdictBodies(new Random(SEED + 1)).forEach(body -> bodies.put(body, null));
        for (String value : sample(SEED + 2, 15)) {
            String json = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("\u0000", "\\u0000") + "\"";
            for (String field : new String[] {"quote", "start", "end", "occurrence", "theme", "hedgeBand",
                    "horizonUntil", "statement"}) {
                boolean notANumber = Set.of("start", "end").contains(field) && !value.isBlank()
                        && !value.strip().matches("-?\\d{1,9}");
                bodies.put("{\"" + field + "\": " + json + ", \"hedgeBand\": \"LIKELY\"}", notANumber ? field : null);
            }
        }
        return bodies;
    }

    @Test
    void eachUploadFieldIsCheckedAndNamedWhenWrong() {
        BrowserSession reviewer = reviewer();
        for (String value : sample(SEED + 3, 12)) {
            for (String field : new String[] {"title", "author", "outlet", "publishedOn", "kind", "year"}) {
                Map<String, String> fields = metadata(2026);
                fields.put(field, value.isEmpty() ? " " : value);
                reviewer.get("/documents/new");
                Response response = reviewer.postMultipart("/api/documents", fields, "a.txt",
                        Uploads.freshArticle().getBytes(StandardCharsets.UTF_8), "text/plain");
                String input = field + "=" + Answers.shortly(value);
                if (validUploadField(field, value)) {
                    Answers.hasStatus(response, 201, input);
                } else {
                    Answers.namesField(response, field, input);
                }
            }
        }
    }

    private static Map<String, String> metadata(int year) {
        return new LinkedHashMap<>(Map.of("title", "Talks and troops", "author", "Jane Analyst", "outlet",
                "Example Review", "publishedOn", "2026-02-04", "kind", "OPINION", "year", String.valueOf(year)));
    }

    /** Uploads a fresh article in the reviewer's session (no bcrypt per call, unlike HTTP Basic). */
    private static String upload(BrowserSession reviewer, int year) {
        reviewer.get("/documents/new");
        Response response = reviewer.postMultipart("/api/documents", metadata(year), "article.txt",
                Uploads.freshArticle().getBytes(StandardCharsets.UTF_8), "text/plain");
        Answers.hasStatus(response, 201, "an upload");
        return response.jsonPath().getString("id");
    }

    /** The upload form's rules: required texts without control characters, an ISO date, a kind, a year. */
    private static boolean validUploadField(String field, String value) {
        String typed = value.strip();
        if (typed.isEmpty()) {
            return false;
        }
        return switch (field) {
            case "publishedOn" -> typed.matches("\\d{4}-\\d{2}-\\d{2}") && isDate(typed);
            case "kind" -> Set.of("INTERVIEW_SUMMARY", "ANALYTICAL_STUDY", "NEWS_REPORT", "OPINION")
                    .contains(typed.toUpperCase(java.util.Locale.ROOT));
            case "year" -> typed.matches("[+-]?\\d{1,9}") && Integer.parseInt(typed) >= 1900
                    && Integer.parseInt(typed) <= 2100;
            default -> typed.length() <= (field.equals("author") ? 200 : 300)
                    && typed.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        };
    }

    private static boolean isDate(String typed) {
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(typed);
            return date.getYear() >= 1900 && date.getYear() <= 2100;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** A seeded sample of the junk values: the run stays short, and each seed picks a different mix. */
    private static List<String> sample(long seed, int size) {
        List<String> values = new ArrayList<>(Junk.values(new Random(seed)));
        Collections.shuffle(values, new Random(seed));
        return values.subList(0, size);
    }

    private static List<Long> suggestions(String document) {
        List<Long> ids = new ArrayList<>();
        given().get("/api/documents/" + document + "/suggestions").then().statusCode(200).extract().jsonPath()
                .getList("id", Number.class).forEach(id -> ids.add(id.longValue()));
        assertThat(ids).as("suggestions of " + document).isNotEmpty();
        return ids;
    }

    private static List<Long> openSuggestions(String document) {
        List<Long> ids = new ArrayList<>();
        given().get("/api/documents/" + document + "/suggestions").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.state == 'open' }.id", Number.class).forEach(id -> ids.add(id.longValue()));
        return ids;
    }

    private static long firstSuggestion(String document) {
        return suggestions(document).get(0);
    }

    private static boolean tooLong(String path) {
        return ("GET " + path + " HTTP/1.1").length() > 4096;
    }

    @Test
    void aBodyOverTheHttpLimitIsRefusedWith413() {
        byte[] huge = new byte[4 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        int status = Uploads.withToken().multiPart("file", "huge.txt", huge, "text/plain").post("/api/documents")
                .statusCode();
        assertThat(status).isEqualTo(413);
    }
}
