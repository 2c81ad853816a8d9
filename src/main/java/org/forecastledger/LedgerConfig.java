package org.forecastledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

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

    /**
     * The address the ledger is published at, for the absolute links in ClaimReview and Web Annotation exports.
     * Unset, links follow the address the request came to (its Host header).
     */
    Optional<URI> publicUrl();
}
