package org.forecastledger.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write route the application has, found in its own compiled resources, against every role. A write route
 * missing from {@link #MATRIX} fails this test: a new route must say who may use it.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /**
     * Expected status per route for anonymous, viewer, reviewer, facilitator (bodies are empty: 400 = allowed; on the
     * review-session routes {id} names no session, so 404 = allowed).
     */
    static final Map<String, List<Integer>> MATRIX = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /api/claims/{id}/verdicts", List.of(401, 403, 400, 400)),
            Map.entry("POST /api/users", List.of(401, 403, 403, 400)),
            Map.entry("POST /api/users/{username}/disable", List.of(401, 403, 403, 404)),
            Map.entry("POST /api/users/{username}/enable", List.of(401, 403, 403, 404)),
            Map.entry("POST /api/users/{username}/password", List.of(401, 403, 403, 404)),
            Map.entry("POST /api/account/password", List.of(401, 400, 400, 400)),
            Map.entry("POST /claims/{id}/verdicts", List.of(303, 403, 400, 400)),
            Map.entry("POST /users", List.of(303, 403, 403, 400)),
            Map.entry("POST /users/{username}/disable", List.of(303, 403, 403, 404)),
            Map.entry("POST /users/{username}/enable", List.of(303, 403, 403, 404)),
            Map.entry("POST /account/password", List.of(303, 400, 400, 400)),
            Map.entry("POST /api/documents", List.of(401, 403, 415, 415)),
            Map.entry("POST /api/documents/{id}/suggestions/{sid}/accept", List.of(401, 403, 404, 404)),
            Map.entry("POST /api/documents/{id}/suggestions/{sid}/reject", List.of(401, 403, 404, 404)),
            Map.entry("POST /api/documents/{id}/claims", List.of(401, 403, 404, 404)),
            Map.entry("POST /documents/new", List.of(303, 403, 400, 400)),
            Map.entry("POST /documents/{id}/suggestions/{sid}/accept", List.of(303, 403, 404, 404)),
            Map.entry("POST /documents/{id}/suggestions/{sid}/reject", List.of(303, 403, 404, 404)),
            Map.entry("POST /documents/{id}/claims", List.of(303, 403, 404, 404)),
            Map.entry("POST /login", List.of(401, 401, 401, 401)),
            Map.entry("POST /api/sessions", List.of(401, 403, 403, 400)),
            Map.entry("POST /api/sessions/{id}/join", List.of(401, 403, 404, 404)),
            Map.entry("POST /api/sessions/{id}/close", List.of(401, 403, 403, 404)),
            Map.entry("POST /api/sessions/{id}/items/{claimId}/votes", List.of(401, 403, 404, 404)),
            Map.entry("POST /api/sessions/{id}/items/{claimId}/reveal", List.of(401, 403, 403, 404)),
            Map.entry("POST /api/sessions/{id}/items/{claimId}/decision", List.of(401, 403, 403, 404)),
            Map.entry("POST /api/sessions/{id}/items/{claimId}/skip", List.of(401, 403, 403, 404)),
            Map.entry("POST /api/sessions/{id}/items/{claimId}/current", List.of(401, 403, 403, 404)),
            Map.entry("POST /review-sessions", List.of(303, 403, 403, 400)),
            Map.entry("POST /review-sessions/{id}/join", List.of(303, 403, 404, 404)),
            Map.entry("POST /review-sessions/{id}/close", List.of(303, 403, 403, 404)),
            Map.entry("POST /review-sessions/{id}/items/{claimId}/votes", List.of(303, 403, 404, 404)),
            Map.entry("POST /review-sessions/{id}/items/{claimId}/reveal", List.of(303, 403, 403, 404)),
            Map.entry("POST /review-sessions/{id}/items/{claimId}/decision", List.of(303, 403, 403, 404)),
            Map.entry("POST /review-sessions/{id}/items/{claimId}/skip", List.of(303, 403, 403, 404)),
            Map.entry("POST /review-sessions/{id}/items/{claimId}/current", List.of(303, 403, 403, 404)),
            Map.entry("POST /logout", List.of(303, 303, 303, 303))));

    static final List<String> ROLES = List.of("anonymous", "viewer", "reviewer", "facilitator");

    @Test
    void everyWriteRouteHasARule() {
        assertThat(writeRoutes()).as("write routes found in the application's resources")
                .containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
    }

    @Test
    void everyWriteRouteAnswersEachRoleAsTheMatrixSays() {
        TestAccounts.ensure("matrix-viewer", Role.VIEWER);
        TestAccounts.ensure("matrix-reviewer", Role.REVIEWER);
        Map<String, String> actual = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        MATRIX.forEach((route, statuses) -> {
            for (int i = 0; i < ROLES.size(); i++) {
                expected.put(route + " as " + ROLES.get(i), String.valueOf(statuses.get(i)));
                actual.put(route + " as " + ROLES.get(i), String.valueOf(call(route, ROLES.get(i))));
            }
        });
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyFormRouteRefusesAPostWithoutTheCsrfToken() {
        BrowserSession facilitator = BrowserSession.loggedIn(TestAccounts.ADMIN);
        MATRIX.keySet().stream().filter(route -> !route.contains(" /api/")).forEach(route -> {
            int status = facilitator.postRaw(path(route), Map.of("status", "HELD")).statusCode();
            assertThat(status).as(route + " without a token").isEqualTo(400);
        });
        assertThat(facilitator.get("/").asString()).as("still logged in").contains("admin <span");
    }

    private static int call(String route, String role) {
        String path = path(route);
        if (path.startsWith("/api/")) {
            var request = switch (role) {
                case "anonymous" -> given();
                case "viewer" -> TestAccounts.as("matrix-viewer");
                case "reviewer" -> TestAccounts.as("matrix-reviewer");
                default -> TestAccounts.asFacilitator();
            };
            return request.contentType(ContentType.JSON).body("{}").post(path).statusCode();
        }
        BrowserSession browser = switch (role) {
            case "anonymous" -> new BrowserSession();
            case "viewer" -> BrowserSession.loggedIn("matrix-viewer");
            case "reviewer" -> BrowserSession.loggedIn("matrix-reviewer");
            default -> BrowserSession.loggedIn(TestAccounts.ADMIN);
        };
        browser.get("/login");
        Map<String, Object> empty = new HashMap<>();
        empty.put("filler", "");
        return browser.post(path, empty).statusCode();
    }

    private static String path(String route) {
        return route.substring(route.indexOf(' ') + 1)
                .replace("{id}", "beta-sanctions-stay")
                .replace("{claimId}", "beta-sanctions-stay")
                .replace("{username}", "no-such-account")
                .replace("{sid}", "1");
    }

    /** METHOD /path of every resource method that writes, read from the compiled classes. */
    static TreeSet<String> writeRoutes() {
        java.nio.file.Path classes = Paths.get("target/classes");
        TreeSet<String> routes = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/forecastledger"))) {
            files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replace(".class", ""))
                    .map(AuthorizationMatrixTest::load)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .forEach(type -> {
                        for (Method method : type.getDeclaredMethods()) {
                            String verb = verb(method);
                            if (verb != null) {
                                Path sub = method.getAnnotation(Path.class);
                                routes.add(verb + " " + join(type.getAnnotation(Path.class).value(),
                                        sub == null ? "" : sub.value()));
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return method.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AuthorizationMatrixTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
