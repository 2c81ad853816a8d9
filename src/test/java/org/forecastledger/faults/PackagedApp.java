package org.forecastledger.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application (target/quarkus-app/quarkus-run.jar, built by {@code package}) in a child process on a
 * data folder of its own, for the fault tests: start, kill with SIGKILL, restart on the same folder, write through
 * the API, and read the database file directly once the process is gone.
 */
final class PackagedApp {

    static final String PASSWORD = "fault-test-password";
    static final Path JAR = Path.of(System.getProperty("ledger.jar", "target/quarkus-app/quarkus-run.jar"));
    static final String JDBC_OPTIONS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    private static final Pattern REVISION = Pattern.compile("\"revision\":(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\"number\":(\\d+)");

    final Path data;
    final int port;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    int starts;

    PackagedApp(Path data) throws IOException {
        this.data = data;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    void start() throws Exception {
        Files.createDirectories(data);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toAbsolutePath().toString());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("LEDGER_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("LEDGER_SEEDS_DIR", Path.of("src/test/resources/seed-fixture").toAbsolutePath().toString());
        builder.environment().put("LEDGER_ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl());
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("app.log").toFile()));
        process = builder.start();
        starts++;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the app did not become ready in 180 s:\n" + logTail());
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    String jdbcUrl() {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("ledger") + ";" + JDBC_OPTIONS;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postVerdict(String claim, int expectedRevision, String status, String rationale)
            throws IOException, InterruptedException {
        String body = "{\"status\":\"" + status + "\",\"asOf\":\"2026-11-30\",\"rationale\":\"" + rationale
                + "\",\"expectedRevision\":" + expectedRevision + ",\"evidence\":[{\"date\":\"2026-11-01\","
                + "\"summary\":\"Fault test evidence\",\"source\":\"fault test\"}]}";
        String credentials = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/api/claims/" + claim + "/verdicts"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    int revision(String claim) throws IOException, InterruptedException {
        return first(REVISION, get("/api/claims/" + claim).body());
    }

    static int number(String revisionJson) {
        return first(NUMBER, revisionJson);
    }

    private static int first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(data.resolve("app.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** One stored revision, read from the database file. */
    record StoredRevision(String claimId, int number, long id, Long supersedesId, String status, String rationale) {
    }

    /** Every revision in the database, by claim and number; the app must be stopped. */
    List<StoredRevision> storedRevisions() throws SQLException {
        List<StoredRevision> revisions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "ledger", "");
                ResultSet rows = connection.createStatement().executeQuery("select claim_id, number, id, "
                        + "supersedes_id, status, rationale from verdict_revision order by claim_id, number")) {
            while (rows.next()) {
                long supersedes = rows.getLong(4);
                Long supersedesId = rows.wasNull() ? null : supersedes;
                revisions.add(new StoredRevision(rows.getString(1), rows.getInt(2), rows.getLong(3), supersedesId,
                        rows.getString(5), rows.getString(6)));
            }
        }
        return revisions;
    }

    /** Each claim's revision and status as the claim row holds them; the app must be stopped. */
    List<String[]> storedClaims() throws SQLException {
        List<String[]> claims = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "ledger", "");
                ResultSet rows = connection.createStatement().executeQuery("select id, revision, status from claim")) {
            while (rows.next()) {
                claims.add(new String[] {rows.getString(1), String.valueOf(rows.getInt(2)), rows.getString(3)});
            }
        }
        return claims;
    }
}
