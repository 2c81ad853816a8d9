package org.forecastledger.account;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A browser as RestAssured plays it: keeps its cookies and sends forms with the CSRF token of the page. */
public final class BrowserSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private final Map<String, String> cookies = new HashMap<>();
    private String token;

    /** A browser that has logged in through the login form. */
    public static BrowserSession loggedIn(String username) {
        BrowserSession browser = new BrowserSession();
        browser.get("/login");
        Response response = browser.post("/login", Map.of("username", username,
                "password", TestAccounts.passwordOf(username), "next", "/"));
        assertThat(response.statusCode()).as("login of " + username).isEqualTo(303);
        return browser;
    }

    public Response get(String path) {
        Response response = request().redirects().follow(false).get(path);
        remember(response);
        Matcher matcher = TOKEN.matcher(response.asString());
        if (matcher.find()) {
            token = matcher.group(1);
        }
        return response;
    }

    /** Posts the form with the token the last page carried. */
    public Response post(String path, Map<String, ?> fields) {
        Map<String, Object> form = new HashMap<>(fields);
        if (token != null) {
            form.put("csrf-token", token);
        }
        return postRaw(path, form);
    }

    /** Posts exactly these fields, without adding the token. */
    public Response postRaw(String path, Map<String, ?> fields) {
        RequestSpecification spec = request().redirects().follow(false).contentType("application/x-www-form-urlencoded");
        fields.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(each -> spec.formParam(name, each));
            } else {
                spec.formParam(name, value);
            }
        });
        Response response = spec.post(path);
        remember(response);
        return response;
    }

    /** A request carrying this browser's cookies (no bcrypt check per request, unlike HTTP Basic). */
    public RequestSpecification request() {
        return given().cookies(cookies);
    }

    /** Posts a multipart form (an upload) with the token the last page carried. */
    public Response postMultipart(String path, Map<String, String> fields, String fileName, byte[] content,
            String mimeType) {
        RequestSpecification spec = request().redirects().follow(false);
        if (token != null) {
            spec.multiPart("csrf-token", token);
        }
        fields.forEach(spec::multiPart);
        spec.multiPart("file", fileName, content, mimeType);
        Response response = spec.post(path);
        remember(response);
        return response;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private void remember(Response response) {
        response.getDetailedCookies().asList().forEach(cookie -> {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
    }
}
