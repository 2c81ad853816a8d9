package org.forecastledger.backup;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.forecastledger.LedgerConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Restores {@code ledger.restore-from} (LEDGER_RESTORE_FROM) at start, before the seeds are loaded and the first
 * facilitator is created: the one import that moves a ledger to a new database. A refused file stops the start.
 */
@ApplicationScoped
public class RestoreAtStart {

    @Inject
    LedgerConfig config;

    @Inject
    BackupService backups;

    void onStart(@Observes @Priority(20) StartupEvent start) {
        config.restoreFrom().ifPresent(this::restore);
    }

    private void restore(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            backups.restore(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the backup file " + file + " (LEDGER_RESTORE_FROM): "
                    + e.getMessage());
        } catch (BackupRefused e) {
            throw new IllegalStateException(e.getMessage() + " [restoring " + file + " from LEDGER_RESTORE_FROM; "
                    + "unset it once a restore has succeeded]");
        }
    }
}
