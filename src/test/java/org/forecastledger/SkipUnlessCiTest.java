package org.forecastledger;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The skip rule: a named skip locally, a failure on CI where CI should have made the test runnable. */
class SkipUnlessCiTest {

    private static final Map<String, String> LOCAL = Map.of();
    private static final Map<String, String> CI = Map.of("CI", "true");
    private static final Map<String, String> CI_WITH_POSTGRES = Map.of("CI", "true",
            SkipUnlessCi.POSTGRES_URL, "jdbc:postgresql://db/ledger");

    @Test
    void aRunnableTestGoesOnEverywhere() {
        assertThatCode(() -> SkipUnlessCi.require(true, "x", CI)).doesNotThrowAnyException();
        assertThatCode(() -> SkipUnlessCi.requirePostgres(true, "x", CI, "test")).doesNotThrowAnyException();
    }

    @Test
    void aMissingPrerequisiteIsANamedSkipLocallyAndAFailureOnCi() {
        assertThatThrownBy(() -> SkipUnlessCi.require(false, "the shared file", LOCAL))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("the shared file");
        assertThatThrownBy(() -> SkipUnlessCi.require(false, "the shared file", CI))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("the shared file");
    }

    @Test
    void aPostgresOnlyTestSkipsOnTheH2PassOnlyWhenThePostgresPassIsComing() {
        assertThatThrownBy(() -> SkipUnlessCi.requirePostgres(false, "T", LOCAL, "test"))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("PostgreSQL only");
        assertThatThrownBy(() -> SkipUnlessCi.requirePostgres(false, "T", CI_WITH_POSTGRES, "test"))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("T is PostgreSQL only");
        assertThatThrownBy(() -> SkipUnlessCi.requirePostgres(false, "T", CI, "test"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining(SkipUnlessCi.POSTGRES_URL);
        assertThatThrownBy(() -> SkipUnlessCi.requirePostgres(false, "T", CI_WITH_POSTGRES, "test,postgres"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("found no PostgreSQL");
    }
}
