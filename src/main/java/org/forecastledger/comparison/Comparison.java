package org.forecastledger.comparison;

import org.forecastledger.claim.ClaimView;
import org.forecastledger.scoring.Tally;

import java.util.List;
import java.util.Map;

/** The theme × year matrix of the dashboard, with a tally per year. */
public record Comparison(List<Integer> years, List<Row> rows, Map<Integer, Tally> tallies, int claimCount) {

    /** One theme; {@code cells} maps each year to the claims of that year's documents. */
    public record Row(String themeId, String title, String description, Map<Integer, List<ClaimView>> cells) {

        public List<ClaimView> cell(int year) {
            return cells.getOrDefault(year, List.of());
        }

        public int size() {
            return cells.values().stream().mapToInt(List::size).sum();
        }
    }

    public Tally tally(int year) {
        return tallies.get(year);
    }
}
