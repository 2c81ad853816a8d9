package org.forecastledger.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup that cannot be restored is refused with a reason and changes nothing. */
@QuarkusTest
class BackupRefusalsTest {

    @Inject
    BackupService backups;

    @Test
    void aDatabaseThatHoldsAnythingRefusesARestore() {
        ObjectNode backup = backups.export(true);
        String before = backups.export(true).path("tables").toString();
        assertThatThrownBy(() -> backups.restore(stream(backup.toString())))
                .isInstanceOfSatisfying(BackupRefused.class, refused -> assertThat(refused.status()).isEqualTo(409))
                .hasMessageContaining("The database is not empty: ").hasMessageContaining("claim (3 rows)");
        assertThat(backups.export(true).path("tables").toString()).isEqualTo(before);
    }

    @Test
    void somethingThatIsNotJsonIsDamaged() {
        assertThatThrownBy(() -> backups.restore(stream("{\"format\": \"forecast-ledger-backup\", ")))
                .isInstanceOfSatisfying(BackupRefused.class, refused -> assertThat(refused.status()).isEqualTo(422))
                .hasMessageContaining("damaged: it is not valid JSON");
    }

    @Test
    void filesFromNewerVersionsAreRefused() throws SQLException {
        refused(backup -> backup.put("formatVersion", 2), "written by a newer version of Forecast Ledger");
        refused(backup -> backup.put("schemaVersion", "9999"), "taken from a newer version of Forecast Ledger");
    }

    @Test
    void damagedFilesAreRefusedWithWhereTheDamageIs() throws SQLException {
        refused(backup -> backup.put("format", "something-else"), "not a Forecast Ledger backup");
        refused(backup -> backup.remove("formatVersion"), "\"formatVersion\" is missing");
        refused(backup -> backup.put("schemaVersion", "ten"), "\"schemaVersion\" 'ten' is not a schema version");
        refused(backup -> backup.remove("tables"), "no \"tables\" object");
        refused(backup -> tables(backup).putObject("no_such_table"), "table 'no_such_table' does not exist");
        refused(backup -> ((ArrayNode) tables(backup).path("claim").path("columns")).add("no_such_column"),
                "table 'claim': column \"no_such_column\" is unknown or repeated");
        refused(backup -> ((ArrayNode) tables(backup).path("claim").path("rows").get(0)).remove(0),
                "table 'claim', row 1: expected");
        refused(backup -> row(backup, "claim", 0).set(column(backup, "claim", "revision"), text("many")),
                "table 'claim', row 1, column 'revision': \"many\" is not a whole number");
        refused(backup -> row(backup, "verdict_revision", 0).set(column(backup, "verdict_revision", "as_of"),
                text("yesterday")), "column 'as_of': 'yesterday' is not a date");
        // the last table in reference order fails after every other was written: still nothing is kept
        refused(backup -> row(backup, "evidence", 0).set(column(backup, "evidence", "revision_id"),
                backup.numberNode(987654)), "table 'evidence': the database refused its rows");
    }

    /** Restores a damaged copy of the application's backup into an empty database: refused, still empty. */
    private void refused(Consumer<ObjectNode> damage, String message) throws SQLException {
        ObjectNode backup = backups.export(true);
        damage.accept(backup);
        ScratchDatabases.Scratch scratch = ScratchDatabases.h2();
        try (Connection connection = scratch.open()) {
            assertThatThrownBy(() -> BackupReader.restore(connection, backup, username -> null, username -> "x"))
                    .as(message).isInstanceOfSatisfying(BackupRefused.class,
                            refused -> assertThat(refused.status()).isEqualTo(422))
                    .hasMessageContaining(message);
            connection.rollback();
        }
        try (Connection connection = scratch.open(); Statement sql = connection.createStatement()) {
            for (String table : new String[] {"document", "claim", "verdict_revision", "evidence", "app_user"}) {
                try (ResultSet count = sql.executeQuery("select count(*) from " + table)) {
                    count.next();
                    assertThat(count.getLong(1)).as(table + " after: " + message).isZero();
                }
            }
        }
    }

    private static ObjectNode tables(ObjectNode backup) {
        return (ObjectNode) backup.path("tables");
    }

    private static ArrayNode row(ObjectNode backup, String table, int index) {
        return (ArrayNode) tables(backup).path(table).path("rows").get(index);
    }

    private static int column(ObjectNode backup, String table, String column) {
        JsonNode columns = tables(backup).path(table).path("columns");
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).asText().equals(column)) {
                return i;
            }
        }
        throw new AssertionError(column);
    }

    private static JsonNode text(String value) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
