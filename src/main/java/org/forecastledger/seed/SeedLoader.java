package org.forecastledger.seed;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.forecastledger.LedgerConfig;
import org.forecastledger.seedformat.SeedSet;
import org.forecastledger.seedformat.SeedValidationException;

import java.lang.management.ManagementFactory;

/**
 * Loads the seed folder into the database at start, unless the folder's fingerprint equals that of the last
 * completed load; invalid seeds stop the start with one clear message.
 */
@ApplicationScoped
public class SeedLoader {

    @Inject
    LedgerConfig config;

    @Inject
    SeedImporter importer;

    void onStart(@Observes StartupEvent event) {
        long started = System.nanoTime();
        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        String fingerprint = fingerprint();
        if (fingerprint != null && importer.loadedFingerprint().filter(fingerprint::equals).isPresent()) {
            Log.infof("Seeds in %s unchanged since the last load (fingerprint %s): load skipped in %d ms",
                    config.seedsDir().toAbsolutePath().normalize(), fingerprint.substring(0, 12),
                    (System.nanoTime() - started) / 1_000_000);
            return;
        }
        try {
            SeedSet seeds = SeedReader.read(config.seedsDir());
            SeedImporter.Report report = fingerprint == null ? importer.importSeeds(seeds)
                    : importer.importSeeds(seeds, fingerprint);
            Log.infof("Seeds loaded from %s in %d ms (%d ms CPU): %d documents, %d themes, %d claims; written %d documents, "
                    + "%d claims, %d links; %d verdict revisions appended", config.seedsDir().toAbsolutePath()
                            .normalize(), (System.nanoTime() - started) / 1_000_000,
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1_000_000,
                    seeds.documents().size(),
                    seeds.themes().size(), seeds.claims().size(), report.documentsWritten(), report.claimsWritten(),
                    report.linksWritten(), report.revisionsAppended());
        } catch (SeedValidationException e) {
            // The message says everything; a stack trace would only bury it. Exit code 1 tells scripts it failed.
            Log.error(e.getMessage());
            Quarkus.asyncExit(1);
        }
    }

    /** The seed folder's fingerprint, or null when it cannot be read (the reader then says what is wrong). */
    private String fingerprint() {
        try {
            return java.nio.file.Files.isDirectory(config.seedsDir()) ? SeedFingerprint.of(config.seedsDir()) : null;
        } catch (java.io.UncheckedIOException e) {
            return null;
        }
    }
}
