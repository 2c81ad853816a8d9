package org.forecastledger.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.forecastledger.web.Answers;
import org.forecastledger.web.Junk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Generated junk at the account and verdict-form routes, logged in and not: each answered as its contract says. */
@QuarkusTest
class AccountJunkInputTest {

    private static final long SEED = 20261130L;

    @Inject
    LoginThrottle throttle;

    /** Junk logins fail by the hundred; later test classes must not inherit the pause they earn. */
    @AfterEach
    void forgetFailedLogins() {
        throttle.forgetAll();
    }

    @Test
    void junkJsonBodiesAre401Anonymous403WithoutTheRoleAnd400Or404ForTheFacilitator() {
        // logged in by session cookie: HTTP Basic would run bcrypt on every one of these requests
        String viewer = BrowserSession.loggedIn(TestAccounts.ensure("junk-viewer", Role.VIEWER)).cookie(SessionCookie.NAME);
        String facilitator = BrowserSession.loggedIn(TestAccounts.ADMIN).cookie(SessionCookie.NAME);
        int sent = 0;
        for (String body : Junk.verdictBodies(new Random(SEED))) {
            String input = Answers.shortly(body);
            for (String path : new String[] {"/api/users", "/api/account/password", "/api/users/x%20y/disable"}) {
                Answers.hasStatus(post(given(), path, body), 401, "anonymous " + path + " " + input);
            }
            Answers.hasStatus(post(given().cookie(SessionCookie.NAME, viewer), "/api/users", body), 403,
                    "viewer /api/users " + input);
            Answers.refusesBody(post(given().cookie(SessionCookie.NAME, viewer), "/api/account/password", body),
                    "viewer /api/account/password " + input);
            Answers.hasStatus(post(given().cookie(SessionCookie.NAME, viewer), "/api/users/x%20y/disable", body), 403,
                    "viewer disable " + input);
            Answers.refusesBody(post(given().cookie(SessionCookie.NAME, facilitator), "/api/users", body),
                    "facilitator /api/users " + input);
            Answers.refusesBody(post(given().cookie(SessionCookie.NAME, facilitator), "/api/account/password", body),
                    "facilitator /api/account/password " + input);
            Answers.hasStatus(post(given().cookie(SessionCookie.NAME, facilitator), "/api/users/x%20y/disable", body),
                    404, "facilitator disable of an unknown account " + input);
            sent++;
        }
        assertThat(sent).isEqualTo(Junk.verdictBodies(new Random(SEED)).size());
    }

    private static Response post(RequestSpecification caller, String path, String body) {
        return caller.urlEncodingEnabled(false).contentType(ContentType.JSON).body(body).post(path);
    }

    @Test
    void junkFormFieldsAreRefusedAsEachFormSays() {
        BrowserSession facilitator = BrowserSession.loggedIn(TestAccounts.ADMIN);
        BrowserSession anonymous = new BrowserSession();
        for (String value : Junk.values(new Random(SEED + 1))) {
            String next = "/login?next=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
            Map<String, Object> form = Map.of("username", value, "password", value, "role", value,
                    "next", value, "status", value, "asOf", value, "rationale", value,
                    "expectedRevision", value, "evidenceDate", List.of(value, value), "currentPassword", value);
            // Vert.x refuses a form field over 2048 bytes (quarkus.http.limits.max-form-attribute-size) with 413
            boolean tooLarge = value.getBytes(StandardCharsets.UTF_8).length > 2048;
            for (BrowserSession browser : List.of(facilitator, anonymous)) {
                Answers.hasStatus(browser.get(next), ("GET " + next + " HTTP/1.1").length() > 4096 ? 414 : 200, next);
                browser.get("/login");
                boolean loggedIn = browser == facilitator;
                String who = loggedIn ? "facilitator " : "anonymous ";
                Answers.hasStatus(browser.post("/login", form), tooLarge ? 413 : 401,
                        who + "/login " + Answers.shortly(value));
                for (String path : new String[] {"/users", "/account/password",
                        "/claims/beta-sanctions-stay/verdicts"}) {
                    browser.get(path.equals("/claims/beta-sanctions-stay/verdicts") ? "/claims/beta-sanctions-stay"
                            : path.equals("/users") ? "/users" : "/account");
                    Response response = browser.post(path, form);
                    // anonymous: sent to log in before the form is read
                    Answers.hasStatus(response, !loggedIn ? 303 : tooLarge ? 413 : 400,
                            who + path + " " + Answers.shortly(value));
                    if (!loggedIn) {
                        assertThat(response.header("Location")).as(path).contains("/login");
                    }
                }
            }
        }
        assertThat(facilitator.get("/").asString()).as("still logged in").contains("admin <span");
        assertThat(given().get("/api/claims/beta-sanctions-stay").then().statusCode(200).extract()
                .<String>path("status")).isEqualTo("FAILED");
    }

    @Test
    void junkCredentialsAre401OnAnAccountRoute() {
        for (String value : Junk.values(new Random(SEED + 2))) {
            String header = "Basic " + Base64.getEncoder().encodeToString(
                    (value + ":" + value).getBytes(StandardCharsets.UTF_8));
            for (String raw : new String[] {header, "Basic " + value, "Bearer " + value}) {
                if (raw.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                    continue;
                }
                String input = Answers.shortly(raw);
                Response response = given().header("Authorization", raw).get("/api/users");
                Answers.hasStatus(response, 401, input);
            }
        }
    }
}
