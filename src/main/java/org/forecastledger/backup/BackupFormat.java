package org.forecastledger.backup;

import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What identifies a backup file: its marker, the format version, and the Flyway schema version it was taken at. */
final class BackupFormat {

    static final String MARKER = "forecast-ledger-backup";
    /** Raised when the file's layout changes; a file from a newer format is refused. */
    static final int VERSION = 1;

    private BackupFormat() {
    }

    /** The newest schema version Flyway applied to this database, e.g. "10". */
    static String schemaVersion(Connection connection) throws SQLException {
        MigrationVersion newest = MigrationVersion.EMPTY;
        try (Statement query = connection.createStatement();
                ResultSet versions = query.executeQuery(
                        "select version from flyway_schema_history where success = true and version is not null")) {
            while (versions.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(versions.getString(1));
                if (version.compareTo(newest) > 0) {
                    newest = version;
                }
            }
        }
        return newest.getVersion();
    }

    /** True when {@code fileVersion} is newer than this database's schema. */
    static boolean newer(String fileVersion, String databaseVersion) {
        return MigrationVersion.fromVersion(fileVersion).compareTo(MigrationVersion.fromVersion(databaseVersion)) > 0;
    }
}
