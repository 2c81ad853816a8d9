package org.forecastledger.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class HealthTest {

    @Test
    void healthIsUp() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void unknownApiPathIsAProblem404() {
        given().get("/api/nothing").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
