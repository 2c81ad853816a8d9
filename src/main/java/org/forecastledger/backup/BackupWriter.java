package org.forecastledger.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the whole ledger as one JSON document: the format marker and version, the Flyway schema version, and per
 * table its columns (by name) and its rows (arrays in that order, sorted by primary key). Password hashes are left
 * out (null) unless asked for. Plain JDBC, so that it reads H2 and PostgreSQL alike.
 */
final class BackupWriter {

    static final String ACCOUNTS = "app_user";
    static final String PASSWORD_HASH = "password_hash";

    private BackupWriter() {
    }

    static ObjectNode write(Connection connection, boolean passwordHashes, Instant now) throws SQLException {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode backup = json.objectNode();
        backup.put("format", BackupFormat.MARKER);
        backup.put("formatVersion", BackupFormat.VERSION);
        backup.put("schemaVersion", BackupFormat.schemaVersion(connection));
        backup.put("createdAt", now.toString());
        backup.put("passwordHashes", passwordHashes);
        ObjectNode tables = backup.putObject("tables");
        for (BackupTables.Table table : BackupTables.discover(connection)) {
            ObjectNode out = tables.putObject(table.name());
            ArrayNode columns = out.putArray("columns");
            table.columns().forEach(column -> columns.add(column.name()));
            ArrayNode rows = out.putArray("rows");
            List<String> order = table.primaryKey().isEmpty()
                    ? table.columns().stream().map(BackupTables.Column::name).toList() : table.primaryKey();
            String select = "select " + table.columns().stream().map(column -> BackupTables.quoted(column.name()))
                    .collect(Collectors.joining(", ")) + " from " + BackupTables.quoted(table.name()) + " order by "
                    + order.stream().map(BackupTables::quoted).collect(Collectors.joining(", "));
            boolean hideHashes = !passwordHashes && table.name().equals(ACCOUNTS);
            try (Statement query = connection.createStatement(); ResultSet result = query.executeQuery(select)) {
                while (result.next()) {
                    ArrayNode row = rows.addArray();
                    for (int i = 0; i < table.columns().size(); i++) {
                        BackupTables.Column column = table.columns().get(i);
                        row.add(hideHashes && column.name().equals(PASSWORD_HASH) ? json.nullNode()
                                : JdbcValues.read(result, i + 1, column.type()));
                    }
                }
            }
        }
        return backup;
    }
}
