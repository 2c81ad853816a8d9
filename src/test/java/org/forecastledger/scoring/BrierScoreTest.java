package org.forecastledger.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.forecastledger.claim.HedgeBand.LIKELY;
import static org.forecastledger.claim.HedgeBand.ROUGHLY_EVEN;
import static org.forecastledger.claim.HedgeBand.VERY_LIKELY;
import static org.forecastledger.claim.HedgeBand.VERY_UNLIKELY;
import static org.forecastledger.verdict.VerdictStatus.FAILED;
import static org.forecastledger.verdict.VerdictStatus.HELD;
import static org.forecastledger.verdict.VerdictStatus.PARTIAL;
import static org.forecastledger.verdict.VerdictStatus.PENDING;

class BrierScoreTest {

    /** Stated 0.675, 0.675, 0.875, 0.875, 0.5; outcomes 1, 0, 1, ½, 0; one pending forecast that is not scored. */
    static final List<Forecast> FORECASTS = List.of(new Forecast(LIKELY, HELD), new Forecast(LIKELY, FAILED),
            new Forecast(VERY_LIKELY, HELD), new Forecast(VERY_LIKELY, PARTIAL), new Forecast(ROUGHLY_EVEN, FAILED),
            new Forecast(VERY_UNLIKELY, PENDING));

    @Test
    void brierScoreAndMurphyDecompositionMatchHandComputedValues() {
        BrierScore brier = BrierScore.of(FORECASTS);

        assertThat(brier.count()).isEqualTo(5);
        // (0.105625 + 0.455625 + 0.015625 + 0.140625 + 0.25) / 5
        assertThat(brier.score()).isCloseTo(0.1935, within(1e-12));
        // bins: 0.675 → mean 0.5, 0.875 → mean 0.75, 0.5 → mean 0: (2·0.175² + 2·0.125² + 0.5²) / 5
        assertThat(brier.reliability()).isCloseTo(0.0685, within(1e-12));
        // base rate 0.5: (2·0² + 2·0.25² + 0.5²) / 5
        assertThat(brier.resolution()).isCloseTo(0.075, within(1e-12));
        assertThat(brier.uncertainty()).isCloseTo(0.2, within(1e-12));
        assertThat(brier.baseRate()).isCloseTo(0.5, within(1e-12));
        assertThat(brier.reliability() - brier.resolution() + brier.uncertainty())
                .isCloseTo(brier.score(), within(1e-12));
    }

    @Test
    void noResolvedForecastGivesNoScore() {
        assertThat(BrierScore.of(List.of(new Forecast(LIKELY, PENDING)))).isNull();
    }

    @Test
    void calibrationHasOneBinPerBandWithCountsAndObservedFrequency() {
        List<CalibrationBin> bins = CalibrationBin.of(FORECASTS);

        assertThat(bins).hasSize(7);
        assertThat(bins).filteredOn(bin -> bin.band() == LIKELY).singleElement()
                .satisfies(bin -> {
                    assertThat(bin.count()).isEqualTo(2);
                    assertThat(bin.stated()).isCloseTo(0.675, within(1e-12));
                    assertThat(bin.observed()).isCloseTo(0.5, within(1e-12));
                });
        assertThat(bins).filteredOn(bin -> bin.band() == VERY_LIKELY).singleElement()
                .satisfies(bin -> assertThat(bin.observed()).isCloseTo(0.75, within(1e-12)));
        assertThat(bins).filteredOn(bin -> bin.band() == VERY_UNLIKELY).singleElement()
                .satisfies(bin -> {
                    assertThat(bin.count()).isZero();
                    assertThat(bin.observed()).isNull();
                });
    }
}
