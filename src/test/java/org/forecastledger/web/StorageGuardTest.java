package org.forecastledger.web;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class StorageGuardTest {

    @Test
    void aFullDiskAnywhereInTheCauseChainIsAStorageFailure() {
        assertThat(StorageGuard.isStorageFailure(new PersistenceException("commit failed",
                new RuntimeException(new IOException("No space left on device"))))).isTrue();
        assertThat(StorageGuard.isStorageFailure(new PersistenceException(
                new SQLException("IO Exception: ...", "90028", 90028)))).isTrue();
        assertThat(StorageGuard.isStorageFailure(new PersistenceException(
                new SQLException("Database is already closed", "90121", 90121)))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(StorageGuard.isStorageFailure(new IllegalStateException("boom"))).isFalse();
        assertThat(StorageGuard.isStorageFailure(new PersistenceException(
                new SQLException("Unique index violation", "23505", 23505)))).isFalse();
    }
}
