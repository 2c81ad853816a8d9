package org.forecastledger.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables a backup holds, read from the database's own catalogue rather than listed by hand, so that tables other
 * features add through Flyway are included: every table of the current schema except Flyway's history and the
 * per-installation cluster tables, ordered so that a table comes after the tables it references.
 */
final class BackupTables {

    /**
     * Not part of the ledger: Flyway's bookkeeping, instance coordination, installation secrets, and the search text
     * derived from the claims (rebuilt after a restore).
     */
    static final Set<String> EXCLUDED = Set.of("flyway_schema_history", "cluster_lock", "app_secret", "claim_search");

    record Column(String name, int type, boolean identity) {
    }

    record Table(String name, List<Column> columns, List<String> primaryKey) {
        Column column(String name) {
            return columns.stream().filter(column -> column.name().equals(name)).findFirst().orElse(null);
        }
    }

    private BackupTables() {
    }

    /** A table or column name as an SQL identifier, quoted: names such as position or value are reserved somewhere. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The ledger's tables, each after the tables its foreign keys point to. */
    static List<Table> discover(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet found = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String name = found.getString("TABLE_NAME");
                if (!EXCLUDED.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.put(name, new Table(name, columns(meta, catalog, schema, name),
                            primaryKey(meta, catalog, schema, name)));
                }
            }
        }
        Map<String, Set<String>> references = new TreeMap<>();
        for (String name : tables.keySet()) {
            Set<String> targets = new LinkedHashSet<>();
            try (ResultSet keys = meta.getImportedKeys(catalog, schema, name)) {
                while (keys.next()) {
                    String target = keys.getString("PKTABLE_NAME");
                    if (!target.equals(name) && tables.containsKey(target)) {
                        targets.add(target);
                    }
                }
            }
            references.put(name, targets);
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            boolean progress = false;
            for (Map.Entry<String, Set<String>> entry : references.entrySet()) {
                if (!placed.contains(entry.getKey()) && placed.containsAll(entry.getValue())) {
                    placed.add(entry.getKey());
                    ordered.add(tables.get(entry.getKey()));
                    progress = true;
                }
            }
            if (!progress) {
                throw new SQLException("The tables' foreign keys form a cycle: " + references);
            }
        }
        return ordered;
    }

    private static List<Column> columns(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, Column> columns = new TreeMap<>();
        try (ResultSet found = meta.getColumns(catalog, schema, table, "%")) {
            while (found.next()) {
                columns.put(found.getInt("ORDINAL_POSITION"), new Column(found.getString("COLUMN_NAME"),
                        found.getInt("DATA_TYPE"), "YES".equalsIgnoreCase(found.getString("IS_AUTOINCREMENT"))));
            }
        }
        List<Column> sorted = new ArrayList<>(columns.values());
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        return sorted;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, String> key = new LinkedHashMap<>();
        try (ResultSet found = meta.getPrimaryKeys(catalog, schema, table)) {
            while (found.next()) {
                key.put(found.getInt("KEY_SEQ"), found.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(new TreeMap<>(key).values());
    }
}
