package org.forecastledger.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The users page (facilitators) and the account page (everyone logged in), as a browser uses them. */
@QuarkusTest
class AccountPagesTest {

    @Test
    void facilitatorCreatesDisablesAndEnablesAccountsOnTheUsersPage() {
        BrowserSession admin = BrowserSession.loggedIn(TestAccounts.ADMIN);
        String page = admin.get("/users").asString();
        assertThat(page).contains("<h1>Users</h1>", "<th scope=\"row\">admin</th>", "New account",
                "name=\"csrf-token\"").doesNotContain("$2a$");

        Response created = admin.post("/users", Map.of("username", "page-made", "password", "page-made-password",
                "role", "reviewer"));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/users?done=created&user=page-made");
        assertThat(admin.get("/users?done=created&user=page-made").asString())
                .contains("Account page-made created.", "<th scope=\"row\">page-made</th>");
        assertThat(admin.get("/users?done=created&user=%3Cb%3Ex").then().statusCode(200).extract().asString())
                .contains("<th scope=\"row\">page-made</th>").doesNotContain("<b>x", "&lt;b&gt;x");

        Response disabled = admin.post("/users/page-made/disable", Map.of());
        assertThat(disabled.statusCode()).isEqualTo(303);
        given().auth().preemptive().basic("page-made", "page-made-password").get("/api/users")
                .then().statusCode(401);
        assertThat(admin.get("/users").asString()).contains("<strong>disabled</strong>");
        assertThat(admin.post("/users/page-made/enable", Map.of()).statusCode()).isEqualTo(303);
        assertThat(admin.post("/users/admin/disable", Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void aRejectedNewAccountKeepsWhatWasTypedWithAMessagePerField() {
        BrowserSession admin = BrowserSession.loggedIn(TestAccounts.ADMIN);
        admin.get("/users");
        Response rejected = admin.post("/users", Map.of("username", "Bad Name<b>", "password", "short",
                "role", "reviewer"));
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.asString()).contains("The account was not created", "id=\"username-error\"",
                "id=\"password-error\"", "at least 12 characters", "value=\"Bad Name&lt;b&gt;\"")
                .doesNotContain("value=\"short\"", "Bad Name<b>");
    }

    @Test
    void everyoneChangesTheirPasswordOnTheAccountPageAndStaysLoggedIn() {
        String name = TestAccounts.ensure("paula", Role.VIEWER);
        BrowserSession paula = BrowserSession.loggedIn(name);
        BrowserSession otherDevice = BrowserSession.loggedIn(name);
        assertThat(paula.get("/account").asString()).contains("<dd>paula</dd>", "<dd>viewer</dd>",
                "Change your password");
        Response wrong = paula.post("/account/password", Map.of("currentPassword", "not-my-password",
                "newPassword", "paula-new-password", "confirmPassword", "paula-new-password"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.asString()).contains("is not your current password");
        Response mismatch = paula.post("/account/password", Map.of("currentPassword", TestAccounts.passwordOf(name),
                "newPassword", "paula-new-password", "confirmPassword", "paula-typo-password"));
        assertThat(mismatch.asString()).contains("does not match the new password");

        try {
            Thread.sleep(1100); // the new password's time is kept in whole seconds, like the session's login time
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Response changed = paula.post("/account/password", Map.of("currentPassword", TestAccounts.passwordOf(name),
                "newPassword", "paula-new-password", "confirmPassword", "paula-new-password"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(paula.get("/account?changed=1").asString()).contains("Your password was changed", "paula <span");
        assertThat(otherDevice.get("/").asString()).as("a session opened before the change has ended")
                .doesNotContain("paula <span").contains("href=\"/login\"");
        given().auth().preemptive().basic(name, "paula-new-password").contentType("application/json")
                .body(Map.of("currentPassword", "paula-new-password", "newPassword", TestAccounts.passwordOf(name)))
                .post("/api/account/password").then().statusCode(204);
    }
}
