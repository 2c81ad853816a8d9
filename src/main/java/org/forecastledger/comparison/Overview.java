package org.forecastledger.comparison;

import org.forecastledger.claim.ClaimView;
import org.forecastledger.scoring.Tally;
import org.forecastledger.verdict.VerdictStatus;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The dashboard's aggregate of the theme × year matrix: each cell holds its counts and its first few claims, with a
 * link to all of them, so that the page stays the same size whether the ledger holds 300 claims or 100,000.
 */
public record Overview(List<Integer> years, List<Row> rows, Map<Integer, Tally> tallies, int claimCount) {

    static final Cell EMPTY = new Cell(new Tally(0, 0, 0, 0, 0), List.of(), "");

    /** One cell: how many claims match and of which status, the first of them, and where to see them all. */
    public record Cell(Tally tally, List<ClaimView> first, String link) {

        public int count() {
            return tally.total();
        }

        /** How many claims the cell does not show. */
        public int more() {
            return count() - first.size();
        }

        /** The non-zero counts by status, e.g. "3 held, 1 failed". */
        public String summary() {
            StringJoiner text = new StringJoiner(", ");
            for (VerdictStatus status : VerdictStatus.values()) {
                if (tally.count(status) > 0) {
                    text.add(tally.count(status) + " " + status.label.toLowerCase());
                }
            }
            return text.toString();
        }
    }

    /** One theme; {@code cells} maps each year to its cell. */
    public record Row(String themeId, String title, String description, int size, Map<Integer, Cell> cells) {

        public Cell cell(int year) {
            return cells.getOrDefault(year, EMPTY);
        }
    }

    public Tally tally(int year) {
        return tallies.get(year);
    }
}
