package org.forecastledger.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.forecastledger.account.Role;
import org.forecastledger.SkipUnlessCi;
import org.forecastledger.account.TestAccounts;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger moves between engines without losing anything: the application's export restored into PostgreSQL,
 * exported again, restored into H2 and exported once more gives the same tables each time.
 */
@QuarkusTest
class BackupRoundTripTest {

    @Inject
    BackupService backups;

    @Test
    void h2ToPostgresToH2LosesNothing() throws SQLException {
        Optional<ScratchDatabases.Scratch> postgres = ScratchDatabases.postgres("backup_roundtrip");
        SkipUnlessCi.require(postgres.isPresent(), "no PostgreSQL for BackupRoundTripTest.h2ToPostgresToH2LosesNothing"
                + " (set LEDGER_TEST_POSTGRES_URL)");
        ObjectNode original = ledgerWithAccounts();
        JsonNode throughPostgres = restoreAndExport(postgres.get(), original);
        assertSameLedger(throughPostgres, original);
        assertSameLedger(restoreAndExport(ScratchDatabases.h2(), throughPostgres), original);
    }

    @Test
    void h2ToH2LosesNothing() throws SQLException {
        ObjectNode original = ledgerWithAccounts();
        assertSameLedger(restoreAndExport(ScratchDatabases.h2(), original), original);
    }

    private ObjectNode ledgerWithAccounts() {
        TestAccounts.ensure("backup-reviewer", Role.REVIEWER);
        ObjectNode original = backups.export(true);
        assertThat(original.path("tables").path("verdict_revision").path("rows").size()).isGreaterThanOrEqualTo(3);
        assertThat(original.path("tables").path("app_user").path("rows").size()).isGreaterThanOrEqualTo(2);
        return original;
    }

    @Test
    void restoredIdentityColumnsContinueAfterTheHighestId() throws SQLException {
        ObjectNode original = backups.export(true);
        ScratchDatabases.Scratch scratch = ScratchDatabases.h2();
        restoreAndExport(scratch, original);
        try (Connection connection = scratch.open(); Statement sql = connection.createStatement()) {
            long highest = single(sql, "select max(id) from app_user");
            sql.executeUpdate("insert into app_user (username, password_hash, role, enabled, created_at, created_by, "
                    + "password_changed_at) values ('newcomer', 'x', 'viewer', true, current_timestamp, 'test', "
                    + "current_timestamp)");
            assertThat(single(sql, "select id from app_user where username = 'newcomer'")).isEqualTo(highest + 1);
            connection.rollback();
        }
    }

    @Test
    void accountsWithoutHashesAreLockedExceptTheFirstFacilitatorWithAConfiguredPassword() throws SQLException {
        TestAccounts.ensure("backup-viewer", Role.VIEWER);
        ObjectNode withoutHashes = backups.export(false);
        assertThat(withoutHashes.path("passwordHashes").asBoolean()).isFalse();
        ScratchDatabases.Scratch scratch = ScratchDatabases.h2();
        RestoreReport report;
        try (Connection connection = scratch.open()) {
            report = BackupReader.restore(connection, withoutHashes,
                    username -> username.equals("admin") ? BcryptUtil.bcryptHash("the-configured-password") : null,
                    username -> BcryptUtil.bcryptHash("unguessable-" + username + Instant.now()));
            connection.commit();
        }
        assertThat(report.accountsWithoutPassword()).contains("backup-viewer").doesNotContain("admin");
        try (Connection connection = scratch.open(); Statement sql = connection.createStatement()) {
            assertThat(BcryptUtil.matches("the-configured-password", hashOf(sql, "admin"))).isTrue();
            assertThat(BcryptUtil.matches(TestAccounts.passwordOf("backup-viewer"), hashOf(sql, "backup-viewer")))
                    .isFalse();
        }
    }

    private static JsonNode restoreAndExport(ScratchDatabases.Scratch scratch, JsonNode backup) throws SQLException {
        try (Connection connection = scratch.open()) {
            BackupReader.restore(connection, backup, username -> null, username -> "locked");
            connection.commit();
        }
        try (Connection connection = scratch.open()) {
            return BackupWriter.write(connection, true, Instant.now());
        }
    }

    private static void assertSameLedger(JsonNode actual, JsonNode expected) {
        assertThat(actual.path("schemaVersion")).isEqualTo(expected.path("schemaVersion"));
        assertThat(actual.path("tables").fieldNames()).toIterable()
                .containsExactlyElementsOf(() -> expected.path("tables").fieldNames());
        expected.path("tables").fields().forEachRemaining(table ->
                assertThat(actual.path("tables").path(table.getKey())).as(table.getKey()).isEqualTo(table.getValue()));
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String hashOf(Statement sql, String username) throws SQLException {
        try (ResultSet result = sql.executeQuery("select password_hash from app_user where username = '" + username + "'")) {
            result.next();
            return result.getString(1);
        }
    }
}
