package org.forecastledger.seed;

import org.forecastledger.seedformat.SeedFolderReader;
import org.forecastledger.seedformat.SeedSet;

import java.nio.file.Path;

/**
 * The seed loader's reading of the seed folder: the format's one reader ({@link SeedFolderReader}) with the health
 * rules this ledger knows, so that an explanation of an unknown rule stops the load like any other mistake.
 */
public final class SeedReader {

    private SeedReader() {
    }

    public static SeedSet read(Path seedsDir) {
        return SeedFolderReader.read(seedsDir, HealthExplanationSeeds.RULES);
    }
}
