package org.forecastledger.seed;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.forecastledger.LedgerConfig;
import org.forecastledger.cluster.LedgerChanges;

/** Loads the seed folder into the database at every start; invalid seeds stop the start with one clear message. */
@ApplicationScoped
public class SeedLoader {

    @Inject
    LedgerConfig config;

    @Inject
    SeedImporter importer;

    @Inject
    LedgerChanges ledger;

    void onStart(@Observes StartupEvent event) {
        long started = System.nanoTime();
        try {
            SeedSet seeds = SeedReader.read(config.seedsDir());
            SeedImporter.Report report = importer.importSeeds(seeds);
            Log.infof("Seeds loaded from %s in %d ms: %d documents, %d themes, %d claims; written %d documents, "
                    + "%d claims, %d links; %d verdict revisions appended", config.seedsDir().toAbsolutePath()
                            .normalize(), (System.nanoTime() - started) / 1_000_000, seeds.documents().size(),
                    seeds.themes().size(), seeds.claims().size(), report.documentsWritten(), report.claimsWritten(),
                    report.linksWritten(), report.revisionsAppended());
            // instances already running on the same database drop what they derived from the old seeds
            ledger.announce();
        } catch (SeedValidationException e) {
            // The message says everything; a stack trace would only bury it. Exit code 1 tells scripts it failed.
            Log.error(e.getMessage());
            Quarkus.asyncExit(1);
        }
    }
}
