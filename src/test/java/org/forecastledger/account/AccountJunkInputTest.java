package org.forecastledger.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.forecastledger.web.Junk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Generated junk at the account and verdict-form routes, logged in and not: 2xx, 3xx or 4xx, never 5xx. */
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
    void junkJsonBodiesNeverCauseA500() {
        // logged in by session cookie: HTTP Basic would run bcrypt on every one of these requests
        String viewer = BrowserSession.loggedIn(TestAccounts.ensure("junk-viewer", Role.VIEWER)).cookie(SessionCookie.NAME);
        String facilitator = BrowserSession.loggedIn(TestAccounts.ADMIN).cookie(SessionCookie.NAME);
        List<Supplier<RequestSpecification>> callers = List.of(() -> given(),
                () -> given().cookie(SessionCookie.NAME, viewer), () -> given().cookie(SessionCookie.NAME, facilitator));
        for (String body : Junk.verdictBodies(new Random(SEED))) {
            for (Supplier<RequestSpecification> caller : callers) {
                for (String path : new String[] {"/api/users", "/api/account/password", "/api/users/x%20y/disable"}) {
                    int status = caller.get().contentType(ContentType.JSON).body(body).post(path).statusCode();
                    assertThat(status).as(path + " " + body.substring(0, Math.min(50, body.length())))
                            .isBetween(200, 499);
                }
            }
        }
    }

    @Test
    void junkFormFieldsNeverCauseA500() {
        BrowserSession facilitator = BrowserSession.loggedIn(TestAccounts.ADMIN);
        BrowserSession anonymous = new BrowserSession();
        anonymous.get("/login");
        for (String value : Junk.values(new Random(SEED + 1))) {
            for (BrowserSession browser : List.of(facilitator, anonymous)) {
                browser.get("/login?next=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                for (String path : new String[] {"/login", "/users", "/account/password",
                        "/claims/beta-sanctions-stay/verdicts"}) {
                    Map<String, Object> form = Map.of("username", value, "password", value, "role", value,
                            "next", value, "status", value, "asOf", value, "rationale", value,
                            "expectedRevision", value, "evidenceDate", List.of(value, value),
                            "currentPassword", value);
                    int status = browser.post(path, form).statusCode();
                    assertThat(status).as(path + " " + value.substring(0, Math.min(40, value.length())))
                            .isBetween(200, 499);
                }
            }
        }
        assertThat(given().get("/api/claims/beta-sanctions-stay").then().extract().<String>path("status"))
                .isEqualTo("FAILED");
    }

    @Test
    void junkBasicCredentialsNeverCauseA500() {
        for (String value : Junk.values(new Random(SEED + 2))) {
            String header = "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (value + ":" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String raw : new String[] {header, "Basic " + value, "Bearer " + value}) {
                if (raw.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                    continue;
                }
                int status = given().header("Authorization", raw).get("/api/users").statusCode();
                assertThat(status).as(raw.substring(0, Math.min(40, raw.length()))).isBetween(200, 499);
                int page = given().header("Authorization", raw).get("/").statusCode();
                assertThat(page).isBetween(200, 499);
            }
        }
    }
}
