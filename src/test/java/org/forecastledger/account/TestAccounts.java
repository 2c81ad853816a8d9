package org.forecastledger.account;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import io.restassured.RestAssured;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/** Accounts for tests: created through the API as the test profile's first facilitator. */
public final class TestAccounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private TestAccounts() {
    }

    public static String passwordOf(String username) {
        return ADMIN.equals(username) ? ADMIN_PASSWORD : username + "-secret-pass";
    }

    /** Accounts known to exist, per running application (a restarted one listens on another port). */
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    /** Creates the account unless it exists; returns its username. */
    public static String ensure(String username, Role role) {
        if (!KNOWN.add(RestAssured.port + "/" + username + "/" + role.id)) {
            return username;
        }
        int status = given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", passwordOf(username), "role", role.id))
                .post("/api/users").then().statusCode(anyOf(equalTo(201), equalTo(400))).extract().statusCode();
        if (status == 400) {
            given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).get("/api/users/" + username).then()
                    .statusCode(200).body("role", equalTo(role.id));
        }
        return username;
    }

    /** A request with the account's HTTP Basic credentials. */
    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, passwordOf(username));
    }

    public static RequestSpecification asReviewer() {
        return as(ensure("reviewer", Role.REVIEWER));
    }

    public static RequestSpecification asViewer() {
        return as(ensure("viewer", Role.VIEWER));
    }

    public static RequestSpecification asFacilitator() {
        return as(ADMIN);
    }
}
