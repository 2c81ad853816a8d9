package org.forecastledger;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;

/** The application's own settings (prefix {@code ledger}). */
@ConfigMapping(prefix = "ledger")
public interface LedgerConfig {

    /** Folder with documents.yaml, themes.yaml, claims/ and the source texts. */
    Path seedsDir();
}
