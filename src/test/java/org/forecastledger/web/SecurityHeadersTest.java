package org.forecastledger.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/claims/alpha-treaty-extended", "/login", "/api/claims",
                "/css/app.css", "/no-such-page", "/api/claims/no-such-claim", "/feed.atom"}) {
            Response response = given().redirects().follow(false).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(path.contains("no-such") ? 404 : 200);
            String policy = response.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'",
                    "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void pagesCarryNoInlineScriptOrStyle() {
        for (String path : new String[] {"/", "/claims", "/claims/alpha-treaty-extended", "/documents/alpha",
                "/scores", "/login", "/themes", "/methodology"}) {
            String page = given().get(path).then().statusCode(200).extract().asString();
            assertThat(page).as(path).contains("<main");
            assertThat(page).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain(" style=\"",
                    " onclick=", " onload=");
        }
    }
}
