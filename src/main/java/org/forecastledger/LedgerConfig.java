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

    /** Folder for the database file and generated secrets (the session key). */
    @WithDefault("data")
    Path dataDir();

    /**
     * Writes are refused (503) while the disk holding the data folder has less free space than this, so that the
     * database never fails half-way through a write; reads go on.
     */
    @WithDefault("16")
    long minFreeDiskMb();

    /**
     * The address the ledger is published at, for the absolute links in ClaimReview and Web Annotation exports.
     * Unset, links follow the address the request came to (its Host header).
     */
    Optional<URI> publicUrl();

    /**
     * A backup file to restore at start, before the seeds are loaded, into an empty database (an empty H2 folder or
     * a new PostgreSQL database). Unset once the restore is done: a database that holds anything refuses it.
     */
    Optional<Path> restoreFrom();

    /** Accounts and sessions. */
    Accounts accounts();

    /** What makes a claim due for review. */
    Due due();

    /** Uploaded documents. */
    Ingest ingest();

    /** The day the ledger calls today. */
    Today clock();

    interface Accounts {
        /** The first facilitator, created at the first start when no account of that name exists. */
        @WithDefault("admin")
        String adminUser();

        /** Its password; unset, a random one is generated and printed once in the log. */
        Optional<String> adminPassword();

        /**
         * Secret that encrypts the session cookie (at least 32 characters). Unset, a random key is generated and
         * kept in {@code <data-dir>/session.key}, so that restarts keep people logged in.
         */
        Optional<String> sessionKey();

        /** A session ends after this long without a request. */
        @WithDefault("PT12H")
        java.time.Duration sessionIdleTimeout();

        /** A session ends this long after the login, however active. */
        @WithDefault("P30D")
        java.time.Duration sessionMaxAge();

        /** Failed logins in a row (per account and address) before logins are refused for a while. */
        @WithDefault("5")
        int maxFailedLogins();

        /** Failed logins from one address, for any accounts, before that address is paused. */
        @WithDefault("20")
        int maxFailedLoginsPerAddress();

        /** The first pause after too many failed logins; each further failure doubles it, up to 15 minutes. */
        @WithDefault("PT30S")
        java.time.Duration lockout();
    }

    interface Ingest {
        /** The largest file an upload may carry, in bytes (2 MB). */
        @WithDefault("2097152")
        int maxUploadBytes();
    }

    interface Today {
        /** A fixed "today" (yyyy-mm-dd) for tests and demonstrations; unset, the current day in UTC. */
        Optional<java.time.LocalDate> today();
    }

    interface Due {
        /** A verdict whose as-of date is older than this is due for another look. */
        @WithDefault("180")
        int verdictAgeDays();
    }
}
