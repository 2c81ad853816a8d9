package org.forecastledger.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.forecastledger.account.BrowserSession;
import org.forecastledger.account.Role;
import org.forecastledger.account.SessionCookie;
import org.forecastledger.account.TestAccounts;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Generated junk at every parameter, id and body of the ledger: each answered with the status its contract names. */
@QuarkusTest
class JunkInputTest {

    private static final long SEED = 20261122L;
    private static final String VERDICTS = "/api/claims/beta-sanctions-stay/verdicts";
    /** Vert.x refuses a request line longer than 4096 characters with 414. */
    private static final int LONGEST_REQUEST_LINE = 4096;

    @Test
    void junkQueryParametersAreRefusedWith400NamingTheParameterAndValidOnesAnswered() {
        Random random = new Random(SEED);
        String[] params = {"year", "theme", "status", "document", "attributedTo", "q", "sort", "page", "size"};
        int refused = 0;
        for (String value : Junk.values(random)) {
            for (String path : new String[] {"/api/claims", "/api/comparison", "/claims", "/"}) {
                for (String param : params) {
                    Response response = given().urlEncodingEnabled(true).queryParam(param, value).get(path);
                    String input = path + "?" + param + "=" + Answers.shortly(value);
                    int expected = expectedForQuery(path, param, value);
                    if (expected == 400 && path.startsWith("/api/")) {
                        Answers.namesField(response, param, input);
                    } else {
                        Answers.hasStatus(response, expected, input);
                    }
                    refused += expected == 400 ? 1 : 0;
                }
            }
        }
        assertThat(refused).as("junk values refused").isGreaterThan(100);
    }

    /** The claim query's contract: blank means any; a value is checked only where the route reads it. */
    static int expectedForQuery(String path, String param, String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        if (("GET " + path + "?" + param + "=" + encoded + " HTTP/1.1").length() > LONGEST_REQUEST_LINE) {
            return 414;
        }
        boolean paged = path.endsWith("/claims");
        if (value.isBlank() || (!paged && Set.of("sort", "page", "size").contains(param))) {
            return 200;
        }
        String typed = value.strip();
        boolean valid = switch (param) {
            case "year" -> wholeNumberWithin(typed, 1900, 2100);
            case "page" -> wholeNumberWithin(typed, 0, 1_000_000);
            case "size" -> wholeNumberWithin(typed, 1, 200);
            case "status" -> Set.of("HELD", "PARTIAL", "FAILED", "PENDING", "UNRESOLVABLE")
                    .contains(typed.toUpperCase(Locale.ROOT));
            case "sort" -> Set.of("document", "id", "year", "theme", "status", "attribution")
                    .contains(value.trim().toLowerCase(Locale.ROOT));
            case "attributedTo" -> plainText(value, 300);
            case "q" -> plainText(value, 200);
            default -> false; // theme and document: no junk value is the id of one
        };
        return valid ? 200 : 400;
    }

    private static boolean wholeNumberWithin(String typed, int min, int max) {
        try {
            int number = Integer.parseInt(typed);
            return number >= min && number <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A filter text: not too long, and no C0 control character but a tab (PostgreSQL refuses a NUL). */
    private static boolean plainText(String value, int max) {
        return value.length() <= max && value.chars().noneMatch(c -> c < 0x20 && c != '\t');
    }

    @Test
    void unknownIdsInThePathAre404() {
        Random random = new Random(SEED + 1);
        for (String value : Junk.values(random)) {
            if (value.isEmpty() || value.contains("/") || value.contains("\u0000")) {
                continue;
            }
            for (String path : new String[] {"/api/claims/{id}", "/api/documents/{id}", "/claims/{id}",
                    "/documents/{id}", "/api/claims/{id}/annotation", "/api/claims/{id}/claimreview",
                    "/api/claims/{id}/verdicts"}) {
                String address = path.replace("{id}", encoded(value));
                Response response = given().urlEncodingEnabled(false).get(address);
                Answers.hasStatus(response, tooLong(address) ? 414 : 404, address);
            }
        }
    }

    @Test
    void verdictBodiesAre401AnonymousAnd403ForAViewerAndPlainTextIs415() {
        String viewer = BrowserSession.loggedIn(TestAccounts.ensure("junk-viewer", Role.VIEWER))
                .cookie(SessionCookie.NAME);
        int sent = 0;
        for (String body : Junk.verdictBodies(new Random(SEED + 2))) {
            String input = "POST " + Answers.shortly(body);
            Answers.hasStatus(given().contentType(ContentType.JSON).body(body).post(VERDICTS), 401,
                    "anonymous " + input);
            Answers.hasStatus(given().cookie(SessionCookie.NAME, viewer).contentType(ContentType.JSON).body(body)
                    .post(VERDICTS), 403, "viewer " + input);
            Answers.hasStatus(given().contentType(ContentType.TEXT).body(body).post(VERDICTS), 415,
                    "anonymous text/plain " + input);
            sent++;
        }
        assertThat(sent).isEqualTo(Junk.verdictBodies(new Random(SEED + 2)).size());
    }

    @Test
    void junkVerdictBodiesFromAReviewerAre400NamingTheProblemAndPlainTextIs415() {
        String reviewer = BrowserSession.loggedIn(TestAccounts.ensure("junk-reviewer", Role.REVIEWER))
                .cookie(SessionCookie.NAME);
        for (String body : Junk.verdictBodies(new Random(SEED + 2))) {
            String input = "reviewer POST " + Answers.shortly(body);
            Answers.refusesBody(given().cookie(SessionCookie.NAME, reviewer).contentType(ContentType.JSON).body(body)
                    .post(VERDICTS), input);
            Answers.hasStatus(given().cookie(SessionCookie.NAME, reviewer).contentType(ContentType.TEXT).body(body)
                    .post(VERDICTS), 415, "text/plain " + input);
        }
        assertThat(given().get("/api/claims/beta-sanctions-stay").then().statusCode(200).extract()
                .<String>path("status")).as("the verdict is unchanged").isEqualTo("FAILED");
    }

    @Test
    void junkSessionIdsAndItemsAre404() {
        String session = openSession();
        BrowserSession facilitator = BrowserSession.loggedIn(TestAccounts.ADMIN);
        for (String value : Junk.values(new Random(SEED + 3))) {
            if (value.isEmpty() || value.contains("/") || value.contains("\u0000")) {
                continue;
            }
            String junk = encoded(value);
            for (String path : new String[] {"/api/sessions/{id}", "/review-sessions/{id}",
                    "/review-sessions/{id}/present", "/review-sessions/{id}/minutes", "/api/sessions/{id}/minutes.md",
                    "/api/sessions/{id}/minutes.csv", "/api/sessions/{id}/seeds.patch", "/api/sessions/{id}/events"}) {
                String address = path.replace("{id}", junk);
                Answers.hasStatus(facilitator.request().urlEncodingEnabled(false).get(address),
                        tooLong(address) ? 414 : 404, address);
            }
            String present = session.replace("/api/sessions/", "/review-sessions/") + "/present?item=" + junk;
            // a blank item means none: the presenter shows the first one
            Answers.hasStatus(facilitator.request().urlEncodingEnabled(false).get(present),
                    tooLong(present) ? 414 : value.isBlank() ? 200 : 404, present);
            for (String write : new String[] {"/votes", "/reveal", "/skip"}) {
                String address = session + "/items/" + junk + write;
                // a good vote, so that the unknown item is the only thing wrong
                Answers.hasStatus(facilitator.request().urlEncodingEnabled(false).contentType(ContentType.JSON)
                        .body("{\"status\": \"HELD\", \"confidence\": \"high\"}").post(address),
                        tooLong(address) ? 414 : 404, address);
            }
        }
    }

    @Test
    void junkSessionBodiesAre400NamingTheProblem() {
        String session = openSession();
        BrowserSession facilitator = BrowserSession.loggedIn(TestAccounts.ADMIN);
        for (String body : Junk.verdictBodies(new Random(SEED + 4))) {
            for (String path : new String[] {"/api/sessions", session + "/items/alpha-talks-resume/votes",
                    session + "/items/alpha-talks-resume/decision"}) {
                Answers.refusesBody(facilitator.request().contentType(ContentType.JSON).body(body).post(path),
                        path + " " + Answers.shortly(body));
            }
            String title = body.length() > 300 ? body.substring(0, 300) : body;
            Response response = facilitator.request().contentType(ContentType.JSON)
                    .body(Map.of("title", title, "filter", Map.of("year", title, "status", title, "theme", title)))
                    .post("/api/sessions");
            Answers.refusesBody(response, "filter " + Answers.shortly(title));
        }
    }

    private static String openSession() {
        String location = TestAccounts.asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("title", "Junk target", "claimIds", List.of("alpha-talks-resume")))
                .post("/api/sessions").then().statusCode(201).extract().header("Location");
        return location.substring(location.indexOf("/api/sessions/"));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean tooLong(String address) {
        return ("GET " + address + " HTTP/1.1").length() > LONGEST_REQUEST_LINE;
    }
}
