package org.forecastledger.review;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Agreement coefficients against published worked examples, and the cases where none can be computed. */
class AgreementTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the reliability data with missing values:
     * four observers, twelve units, values 1..5 (columns are units; unit 12 has a single value and does not count).
     */
    static final List<List<Integer>> KRIPPENDORFF_2011 = List.of(List.of(1, 1, 1), List.of(2, 2, 3, 2),
            List.of(3, 3, 3, 3), List.of(3, 3, 3, 3), List.of(2, 2, 2, 2), List.of(1, 2, 3, 4), List.of(4, 4, 4, 4),
            List.of(1, 1, 2, 1), List.of(2, 2, 2, 2), List.of(5, 5, 5), List.of(1, 1), List.of(3));

    @Test
    void nominalAlphaMatchesKrippendorffsWorkedExample() {
        Agreement.Result alpha = Agreement.alphaNominal(KRIPPENDORFF_2011);
        assertThat(alpha.value()).isCloseTo(0.743, within(0.0005));
        assertThat(alpha.units()).isEqualTo(11);
        assertThat(alpha.values()).isEqualTo(40);
    }

    @Test
    void ordinalAlphaMatchesKrippendorffsWorkedExample() {
        List<List<Integer>> ranks = KRIPPENDORFF_2011.stream().map(unit -> unit.stream().map(v -> v - 1).toList())
                .toList();
        assertThat(Agreement.alphaOrdinal(ranks, 5).value()).isCloseTo(0.815, within(0.0005));
    }

    @Test
    void binaryAlphaMatchesKrippendorffsTwoObserverExample() {
        int[] a = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        int[] b = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        List<List<Integer>> units = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            units.add(List.of(a[i], b[i]));
        }
        assertThat(Agreement.alphaNominal(units).value()).isCloseTo(0.095, within(0.0005));
    }

    /** Fleiss' kappa worked example (10 subjects, 14 raters, 5 categories; counts per category), kappa 0.210. */
    @Test
    void fleissKappaMatchesTheWorkedExample() {
        int[][] counts = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        List<List<String>> units = new ArrayList<>();
        for (int[] row : counts) {
            List<String> unit = new ArrayList<>();
            for (int category = 0; category < row.length; category++) {
                for (int i = 0; i < row[category]; i++) {
                    unit.add("c" + category);
                }
            }
            units.add(unit);
        }
        Agreement.Result kappa = Agreement.fleissKappa(units);
        assertThat(kappa.value()).isCloseTo(0.210, within(0.0005));
        assertThat(kappa.units()).isEqualTo(10);
        assertThat(kappa.values()).isEqualTo(140);
    }

    @Test
    void perfectAgreementOverSeveralCategoriesIsOne() {
        List<List<String>> units = List.of(List.of("HELD", "HELD"), List.of("FAILED", "FAILED", "FAILED"));
        assertThat(Agreement.alphaNominal(units).value()).isEqualTo(1.0);
        assertThat(Agreement.fleissKappa(units).value()).isEqualTo(1.0);
    }

    @Test
    void identicalVotesEverywhereAreNotComputableAndSayWhy() {
        List<List<String>> units = List.of(List.of("HELD", "HELD"), List.of("HELD", "HELD", "HELD"));
        Agreement.Result alpha = Agreement.alphaNominal(units);
        Agreement.Result kappa = Agreement.fleissKappa(units);
        assertThat(alpha.computable()).isFalse();
        assertThat(alpha.display()).startsWith("not computable: every vote is the same category");
        assertThat(kappa.computable()).isFalse();
        assertThat(kappa.display()).doesNotContain("NaN").startsWith("not computable:");
        assertThat(Agreement.alphaOrdinal(List.of(List.of(2, 2)), 3).computable()).isFalse();
    }

    @Test
    void oneRaterPerItemIsNotComputable() {
        List<List<String>> units = List.of(List.of("HELD"), List.of("FAILED"), List.of());
        Agreement.Result alpha = Agreement.alphaNominal(units);
        assertThat(alpha.computable()).isFalse();
        assertThat(alpha.reason()).isEqualTo("no item has two or more votes");
        assertThat(alpha.units()).isZero();
        assertThat(Agreement.fleissKappa(units).display()).isEqualTo("not computable: no item has two or more votes");
    }
}
