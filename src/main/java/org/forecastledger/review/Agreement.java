package org.forecastledger.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Inter-rater agreement over a set of items (units), each with the values its raters gave; a rater who did not
 * vote on an item is simply missing there. Krippendorff's alpha (nominal and ordinal, from the coincidence matrix,
 * so missing values are allowed) and Fleiss' kappa (each item's own number of raters). A measure that cannot be
 * computed says why instead of giving NaN.
 */
public final class Agreement {

    private Agreement() {
    }

    /** A coefficient, or the reason there is none; {@code units} and {@code values} are the n it rests on. */
    public record Result(Double value, int units, int values, String reason) {

        static Result of(double value, int units, int values) {
            return new Result(value, units, values, null);
        }

        static Result none(String reason, int units, int values) {
            return new Result(null, units, values, reason);
        }

        public boolean computable() {
            return value != null;
        }

        /** The value to three decimals, or "not computable: why". */
        public String display() {
            return value == null ? "not computable: " + reason : String.format(java.util.Locale.ROOT, "%.3f", value);
        }
    }

    /** Krippendorff's alpha with the nominal difference (any two different categories differ by 1). */
    public static <T> Result alphaNominal(List<List<T>> units) {
        return alpha(codes(units), (c, k, marginals) -> c.equals(k) ? 0 : 1);
    }

    /**
     * Krippendorff's alpha with the ordinal difference over ranks 0..(ranks-1): the squared count of values lying
     * between two ranks (Krippendorff 2011, "Computing Krippendorff's alpha-reliability", ordinal metric).
     */
    public static Result alphaOrdinal(List<List<Integer>> units, int ranks) {
        return alpha(units, (c, k, marginals) -> {
            int low = Math.min(c, k);
            int high = Math.max(c, k);
            double between = 0;
            for (int g = low; g <= high; g++) {
                between += marginals.getOrDefault(g, 0.0);
            }
            between -= (marginals.getOrDefault(low, 0.0) + marginals.getOrDefault(high, 0.0)) / 2;
            return between * between;
        });
    }

    /** Fleiss' kappa; items with fewer than two votes do not count, items may have different numbers of raters. */
    public static <T> Result fleissKappa(List<List<T>> units) {
        List<List<T>> pairable = units.stream().filter(unit -> unit.size() >= 2).toList();
        int values = pairable.stream().mapToInt(List::size).sum();
        if (pairable.isEmpty()) {
            return Result.none("no item has two or more votes", 0, values);
        }
        Map<T, Integer> totals = new HashMap<>();
        double sumAgreement = 0;
        for (List<T> unit : pairable) {
            Map<T, Integer> counts = new HashMap<>();
            unit.forEach(value -> counts.merge(value, 1, Integer::sum));
            counts.forEach((value, count) -> totals.merge(value, count, Integer::sum));
            int n = unit.size();
            double same = counts.values().stream().mapToDouble(count -> (double) count * (count - 1)).sum();
            sumAgreement += same / ((double) n * (n - 1));
        }
        double observed = sumAgreement / pairable.size();
        double expected = totals.values().stream().mapToDouble(count -> (double) count / values)
                .map(p -> p * p).sum();
        if (expected >= 1 - 1e-12) {
            return Result.none("every vote is the same category, so there is no chance agreement to compare with",
                    pairable.size(), values);
        }
        return Result.of((observed - expected) / (1 - expected), pairable.size(), values);
    }

    /** The distance between two values given the marginal totals of the coincidence matrix. */
    private interface Difference {
        double squared(Integer c, Integer k, Map<Integer, Double> marginals);
    }

    private static Result alpha(List<List<Integer>> units, Difference difference) {
        List<List<Integer>> pairable = units.stream().filter(unit -> unit.size() >= 2).toList();
        int values = pairable.stream().mapToInt(List::size).sum();
        if (pairable.isEmpty()) {
            return Result.none("no item has two or more votes", 0, values);
        }
        Map<Integer, Map<Integer, Double>> coincidences = new HashMap<>();
        for (List<Integer> unit : pairable) {
            double weight = 1.0 / (unit.size() - 1);
            for (int i = 0; i < unit.size(); i++) {
                for (int j = 0; j < unit.size(); j++) {
                    if (i != j) {
                        coincidences.computeIfAbsent(unit.get(i), c -> new HashMap<>())
                                .merge(unit.get(j), weight, Double::sum);
                    }
                }
            }
        }
        Map<Integer, Double> marginals = new HashMap<>();
        coincidences.forEach((c, row) -> marginals.put(c, row.values().stream().mapToDouble(Double::doubleValue).sum()));
        TreeSet<Integer> categories = new TreeSet<>(marginals.keySet());
        double n = values;
        double observed = 0;
        double expected = 0;
        for (Integer c : categories) {
            for (Integer k : categories) {
                double delta = difference.squared(c, k, marginals);
                observed += coincidences.get(c).getOrDefault(k, 0.0) * delta;
                expected += marginals.get(c) * marginals.get(k) * delta;
            }
        }
        if (expected == 0) {
            return Result.none("every vote is the same category, so there is no expected disagreement to compare with",
                    pairable.size(), values);
        }
        return Result.of(1 - (n - 1) * observed / expected, pairable.size(), values);
    }

    private static <T> List<List<Integer>> codes(List<List<T>> units) {
        Map<T, Integer> codes = new HashMap<>();
        List<List<Integer>> coded = new ArrayList<>();
        for (List<T> unit : units) {
            coded.add(unit.stream().map(value -> codes.computeIfAbsent(value, v -> codes.size())).toList());
        }
        return coded;
    }
}
