package org.forecastledger.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.forecastledger.verdict.VerdictStatus.FAILED;
import static org.forecastledger.verdict.VerdictStatus.HELD;
import static org.forecastledger.verdict.VerdictStatus.PARTIAL;
import static org.forecastledger.verdict.VerdictStatus.PENDING;
import static org.forecastledger.verdict.VerdictStatus.UNRESOLVABLE;

class TallyTest {

    @Test
    void partialCountsAsHalfAHitAndUnresolvedAreNotScored() {
        Tally tally = Tally.of(List.of(HELD, HELD, HELD, PARTIAL, FAILED, PENDING, UNRESOLVABLE, UNRESOLVABLE));

        assertThat(tally).isEqualTo(new Tally(3, 1, 1, 1, 2));
        assertThat(tally.total()).isEqualTo(8);
        assertThat(tally.resolved()).isEqualTo(5);
        assertThat(tally.hitRate()).isCloseTo(3.5 / 5, within(1e-12));
        assertThat(tally.hitRateLabel()).isEqualTo("70 %");
    }

    @Test
    void wilsonIntervalMatchesTheHandComputedValue() {
        // p = 0.7, n = 5, z = 1.96: centre (p + z²/2n)/(1 + z²/n) = 0.61310, half-width 0.31431
        double[] wilson = new Tally(3, 1, 1, 0, 0).wilson();
        assertThat(wilson[0]).isCloseTo(0.29879, within(1e-5));
        assertThat(wilson[1]).isCloseTo(0.92742, within(1e-5));
    }

    @Test
    void wilsonStaysInsideZeroAndOneAtTheExtremes() {
        double[] allHeld = new Tally(4, 0, 0, 0, 0).wilson();
        assertThat(allHeld[1]).isEqualTo(1.0);
        assertThat(allHeld[0]).isCloseTo(0.51010, within(1e-5));
        double[] allFailed = new Tally(0, 0, 4, 0, 0).wilson();
        assertThat(allFailed[0]).isEqualTo(0.0);
        assertThat(allFailed[1]).isCloseTo(0.48990, within(1e-5));
    }

    @Test
    void nothingResolvedGivesNoRate() {
        Tally tally = Tally.of(List.of(PENDING, UNRESOLVABLE));
        assertThat(tally.hitRate()).isNull();
        assertThat(tally.wilson()).isNull();
        assertThat(tally.hitRateLabel()).isEqualTo("–");
    }
}
