package org.forecastledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** The application's own settings (prefix {@code ledger}). */
@ConfigMapping(prefix = "ledger")
public interface LedgerConfig {

    /** Folder with documents.yaml, themes.yaml, claims/ and the source texts. */
    Path seedsDir();

    /**
     * Whether POST /api/claims/{id}/verdicts accepts writes. Off until reviewer accounts exist, so that the
     * write path is disabled rather than open to anyone.
     */
    @WithDefault("false")
    boolean verdictWritesEnabled();
}
