package org.forecastledger.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Restores a backup into an empty database of the same or a newer schema, H2 or PostgreSQL, on the caller's
 * connection and in the caller's transaction: it checks the file, refuses a database that holds anything, inserts
 * every table in reference order and moves each identity column past the highest restored id. On any refusal the
 * caller rolls back and nothing has changed. An account restored without a password hash gets the one
 * {@code passwordFor} gives (the first facilitator's configured password) or an unusable random one.
 */
final class BackupReader {

    private BackupReader() {
    }

    /**
     * @param passwordFor the bcrypt hash for an account restored without one, or null to leave it locked
     * @param lockedHash a hash no password matches, for accounts left locked
     */
    static RestoreReport restore(Connection connection, JsonNode backup, Function<String, String> passwordFor,
            Function<String, String> lockedHash) throws SQLException {
        checkHeader(connection, backup);
        JsonNode files = backup.get("tables");
        if (files == null || !files.isObject()) {
            throw BackupRefused.damaged("it has no \"tables\" object");
        }
        List<BackupTables.Table> tables = BackupTables.discover(connection);
        Set<String> known = tables.stream().map(BackupTables.Table::name).collect(Collectors.toSet());
        for (String name : (Iterable<String>) files::fieldNames) {
            if (!known.contains(name)) {
                throw BackupRefused.damaged("table '" + name + "' does not exist in this database's schema");
            }
        }
        try (Statement lock = connection.createStatement()) {
            lock.executeQuery("select name from cluster_lock where name = 'startup' for update").close();
        }
        requireEmpty(connection, tables);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> withoutPassword = new ArrayList<>();
        for (BackupTables.Table table : tables) {
            JsonNode file = files.get(table.name());
            if (file != null) {
                counts.put(table.name(), insert(connection, table, file, passwordFor, lockedHash, withoutPassword));
            }
        }
        // last: H2 commits on ALTER TABLE, so nothing may fail after it
        for (BackupTables.Table table : tables) {
            restartIdentities(connection, table);
        }
        return new RestoreReport(counts, withoutPassword);
    }

    private static void checkHeader(Connection connection, JsonNode backup) throws SQLException {
        if (backup == null || !backup.isObject() || !BackupFormat.MARKER.equals(backup.path("format").asText())) {
            throw BackupRefused.damaged("it is not a Forecast Ledger backup (\"format\": \"" + BackupFormat.MARKER
                    + "\" is missing)");
        }
        JsonNode format = backup.get("formatVersion");
        if (format == null || !format.isInt() || format.intValue() < 1) {
            throw BackupRefused.damaged("\"formatVersion\" is missing or not a positive whole number");
        }
        if (format.intValue() > BackupFormat.VERSION) {
            throw new BackupRefused(422, "The backup file was written by a newer version of Forecast Ledger (backup "
                    + "format " + format.intValue() + "; this version reads format " + BackupFormat.VERSION
                    + "): upgrade this installation first");
        }
        String fileSchema = backup.path("schemaVersion").asText("");
        try {
            MigrationVersion.fromVersion(fileSchema);
        } catch (FlywayException | IllegalArgumentException e) {
            throw BackupRefused.damaged("\"schemaVersion\" '" + fileSchema + "' is not a schema version");
        }
        if (fileSchema.isBlank()) {
            throw BackupRefused.damaged("\"schemaVersion\" is missing");
        }
        String databaseSchema = BackupFormat.schemaVersion(connection);
        if (BackupFormat.newer(fileSchema, databaseSchema)) {
            throw new BackupRefused(422, "The backup file was taken from a newer version of Forecast Ledger (database "
                    + "schema " + fileSchema + "; this one is at " + databaseSchema + "): upgrade this installation first");
        }
    }

    private static void requireEmpty(Connection connection, List<BackupTables.Table> tables) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (BackupTables.Table table : tables) {
            try (Statement count = connection.createStatement();
                    ResultSet result = count.executeQuery("select count(*) from " + BackupTables.quoted(table.name()))) {
                result.next();
                if (result.getLong(1) > 0) {
                    filled.add(table.name() + " (" + result.getLong(1) + " rows)");
                }
            }
        }
        if (!filled.isEmpty()) {
            throw new BackupRefused(409, "The database is not empty: " + String.join(", ", filled)
                    + ". A backup is restored into a new, empty database only (see README, Backup and restore)");
        }
    }

    private static int insert(Connection connection, BackupTables.Table table, JsonNode file,
            Function<String, String> passwordFor, Function<String, String> lockedHash, List<String> withoutPassword)
            throws SQLException {
        String where = "table '" + table.name() + "'";
        JsonNode columnNames = file.get("columns");
        JsonNode rows = file.get("rows");
        if (columnNames == null || !columnNames.isArray() || rows == null || !rows.isArray()) {
            throw BackupRefused.damaged(where + " needs a \"columns\" and a \"rows\" array");
        }
        List<BackupTables.Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode name : columnNames) {
            BackupTables.Column column = name.isTextual() ? table.column(name.textValue()) : null;
            if (column == null || !seen.add(column.name())) {
                throw BackupRefused.damaged(where + ": column " + name + " is unknown or repeated");
            }
            columns.add(column);
        }
        int hash = columns.indexOf(table.column(BackupWriter.PASSWORD_HASH));
        int user = columns.indexOf(table.column("username"));
        boolean accounts = table.name().equals(BackupWriter.ACCOUNTS) && hash >= 0 && user >= 0;
        String sql = "insert into " + BackupTables.quoted(table.name()) + " (" + columns.stream()
                .map(column -> BackupTables.quoted(column.name())).collect(Collectors.joining(", ")) + ") values ("
                + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
        int number = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (JsonNode row : rows) {
                number++;
                if (!row.isArray() || row.size() != columns.size()) {
                    throw BackupRefused.damaged(where + ", row " + number + ": expected " + columns.size() + " values");
                }
                for (int i = 0; i < columns.size(); i++) {
                    JsonNode value = row.get(i);
                    if (accounts && i == hash && value.isNull()) {
                        String username = row.get(user).asText();
                        String given = passwordFor.apply(username);
                        if (given == null) {
                            withoutPassword.add(username);
                        }
                        value = TextNode.valueOf(given != null ? given : lockedHash.apply(username));
                    }
                    try {
                        JdbcValues.bind(insert, i + 1, columns.get(i).type(), value);
                    } catch (IllegalArgumentException e) {
                        throw BackupRefused.damaged(where + ", row " + number + ", column '" + columns.get(i).name()
                                + "': " + e.getMessage());
                    }
                }
                insert.addBatch();
                if (number % 500 == 0) {
                    execute(insert, where);
                }
            }
            execute(insert, where);
        }
        return number;
    }

    private static void execute(PreparedStatement insert, String where) {
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null
                    ? e.getNextException() : e;
            throw BackupRefused.damaged(where + ": the database refused its rows (" + cause.getMessage() + ")");
        }
    }

    private static void restartIdentities(Connection connection, BackupTables.Table table) throws SQLException {
        for (BackupTables.Column column : table.columns()) {
            if (!column.identity()) {
                continue;
            }
            long next;
            try (Statement max = connection.createStatement(); ResultSet result = max.executeQuery("select max("
                    + BackupTables.quoted(column.name()) + ") from " + BackupTables.quoted(table.name()))) {
                result.next();
                next = result.getLong(1) + 1;
            }
            try (Statement restart = connection.createStatement()) {
                restart.execute("alter table " + BackupTables.quoted(table.name()) + " alter column "
                        + BackupTables.quoted(column.name()) + " restart with " + next);
            }
        }
    }
}
