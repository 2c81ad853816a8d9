package org.forecastledger.backup;

import org.forecastledger.claim.ClaimSearch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.forecastledger.LedgerConfig;
import org.forecastledger.ledger.LedgerRelay;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Backup and restore of the whole ledger through the application's own database: an export read in one consistent
 * snapshot, a restore in one transaction that either writes everything or nothing.
 */
@ApplicationScoped
public class BackupService {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ClaimSearch search;

    @Inject
    ObjectMapper json;

    @Inject
    LedgerConfig config;

    @Inject
    LedgerRelay ledger;

    /** The whole ledger as one JSON document; accounts without their password hashes unless asked for. */
    public ObjectNode export(boolean passwordHashes) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return BackupWriter.write(connection, passwordHashes, Instant.now());
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database for a backup: " + e.getMessage(), e);
        }
    }

    /**
     * Restores a backup file into this (empty) database in one transaction.
     *
     * @throws BackupRefused when the file is damaged or too new, or the database is not empty: nothing changed
     */
    public RestoreReport restore(InputStream file) {
        JsonNode backup;
        try {
            backup = json.readTree(file);
        } catch (JsonProcessingException e) {
            throw BackupRefused.damaged("it is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw BackupRefused.damaged("it cannot be read (" + e.getMessage() + ")");
        }
        Optional<String> adminPassword = config.accounts().adminPassword().filter(password -> !password.isEmpty());
        RestoreReport report = QuarkusTransaction.requiringNew().call(() -> {
            RestoreReport restored;
            try (Connection connection = dataSource.getConnection()) {
                restored = BackupReader.restore(connection, backup,
                        username -> username.equals(config.accounts().adminUser())
                                ? adminPassword.map(BcryptUtil::bcryptHash).orElse(null) : null,
                        username -> BcryptUtil.bcryptHash(randomSecret()));
            }
            search.refreshAll(); // derived from the claims, not in the backup: rebuilt in the same transaction
            return restored;
        });
        ledger.announce();
        Log.infof("Restored a backup: %s", report.rows());
        if (!report.accountsWithoutPassword().isEmpty()) {
            Log.warnf("These accounts were restored without a password and cannot log in until a facilitator sets "
                    + "one (POST /api/users/{username}/password): %s", report.accountsWithoutPassword());
        }
        return report;
    }

    private static String randomSecret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}
