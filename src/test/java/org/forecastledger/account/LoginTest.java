package org.forecastledger.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class LoginTest {

    @Test
    void loginSetsAnHttpOnlySessionAndShowsWhoIsLoggedIn() {
        String name = TestAccounts.ensure("gina", Role.REVIEWER);
        BrowserSession browser = new BrowserSession();
        assertThat(browser.get("/login").asString()).contains("name=\"csrf-token\"").contains("Log in");
        Response login = browser.post("/login", Map.of("username", name, "password", TestAccounts.passwordOf(name),
                "next", "/claims/alpha-talks-resume"));
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.header("Location")).endsWith("/claims/alpha-talks-resume");
        assertThat(login.header("Set-Cookie")).contains(SessionCookie.NAME).containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
        String page = browser.get("/claims/alpha-talks-resume").asString();
        assertThat(page).contains("gina <span class=\"role\">reviewer</span>").contains("action=\"/logout\"");
        String dashboard = browser.get("/").asString();
        assertThat(dashboard).contains("gina <span class=\"role\">reviewer</span>");
        assertThat(given().get("/").asString()).doesNotContain("gina").contains("href=\"/login\"");

        Response logout = browser.post("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(browser.cookie(SessionCookie.NAME)).isNull();
        assertThat(browser.get("/").asString()).doesNotContain("gina").contains("href=\"/login\"");
    }

    @Test
    void wrongPasswordIsRefusedAndRepeatedFailuresAreThrottled() {
        String name = TestAccounts.ensure("hank", Role.VIEWER);
        BrowserSession browser = new BrowserSession();
        browser.get("/login");
        for (int i = 0; i < 5; i++) {
            Response wrong = browser.post("/login", Map.of("username", name, "password", "not-the-password-" + i));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.asString()).contains("Wrong username or password").doesNotContain("not-the-password");
        }
        Response throttled = browser.post("/login", Map.of("username", name, "password",
                TestAccounts.passwordOf(name)));
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 900);
        assertThat(throttled.asString()).contains("Too many failed logins");
        assertThat(browser.cookie(SessionCookie.NAME)).isNull();
        // the API's Basic credentials for that account are throttled too
        given().auth().preemptive().basic(name, TestAccounts.passwordOf(name)).get("/api/account/password")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void repeatedWrongBasicCredentialsAreThrottled() {
        String name = TestAccounts.ensure("ivan", Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(name, "wrong-password-" + i).get("/api/users").then().statusCode(401);
        }
        given().auth().preemptive().basic(name, TestAccounts.passwordOf(name)).get("/api/users").then()
                .statusCode(429).contentType("application/problem+json");
    }

    @Test
    void formWithoutTheCsrfTokenIsRejected() {
        String name = TestAccounts.ensure("judy", Role.VIEWER);
        BrowserSession browser = new BrowserSession();
        browser.get("/login");
        Response forged = browser.postRaw("/login", Map.of("username", name, "password", TestAccounts.passwordOf(name)));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.asString()).contains("security token");
        assertThat(browser.cookie(SessionCookie.NAME)).isNull();
        BrowserSession loggedIn = BrowserSession.loggedIn(name);
        Response logoutForged = loggedIn.postRaw("/logout", Map.of("csrf-token", "forged-token-value"));
        assertThat(logoutForged.statusCode()).isEqualTo(400);
        assertThat(loggedIn.get("/").asString()).contains("judy <span");
    }

    @Test
    void aTamperedOrForeignSessionCookieCountsAsLoggedOut() {
        BrowserSession browser = BrowserSession.loggedIn(TestAccounts.ensure("kate", Role.VIEWER));
        String sealed = browser.cookie(SessionCookie.NAME);
        char last = sealed.charAt(sealed.length() - 2);
        browser.setCookie(SessionCookie.NAME, sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1));
        assertThat(browser.get("/").asString()).doesNotContain("kate <span").contains("href=\"/login\"");
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToLoginAndBack() {
        Response response = given().redirects().follow(false).get("/users");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/login?next=%2Fusers");
        BrowserSession viewer = BrowserSession.loggedIn(TestAccounts.ensure("leo", Role.VIEWER));
        assertThat(viewer.get("/users").statusCode()).isEqualTo(403);
    }

    @Test
    void loginNeverRedirectsToAnotherSite() {
        assertThat(LoginResource.localPath("//evil.example/x")).isEqualTo("/");
        assertThat(LoginResource.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(LoginResource.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(LoginResource.localPath("/claims?status=HELD")).isEqualTo("/claims?status=HELD");
    }
}
