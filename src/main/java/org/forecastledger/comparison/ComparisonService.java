package org.forecastledger.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.ClaimCells;
import org.forecastledger.document.DocumentService;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimSelection;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.claim.ClaimView;
import org.forecastledger.scoring.Tally;
import org.forecastledger.claim.Theme;
import org.forecastledger.verdict.VerdictStatus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the comparison: themes as rows, the documents' years as columns, claims in the cells. */
@ApplicationScoped
public class ComparisonService {

    @Inject
    ClaimService claims;

    @Inject
    ClaimCells cells;

    @Inject
    DocumentService documents;

    /**
     * The dashboard's aggregate: per cell its counts and its first {@code perCell} claims in document order. Reads
     * counts and the shown claims from the claim index (or with one grouped query and one indexed query per cell),
     * whatever the ledger's size; a text filter is looked up once for both.
     */
    @Transactional
    public Overview overview(ClaimFilter filter, int perCell) {
        Map<Integer, List<String>> documentsByYear = documentsByYear();
        ClaimSelection selection = cells.select(filter);
        Map<String, Map<Integer, EnumMap<VerdictStatus, Integer>>> counts = countsPerCell(cells.count(selection),
                documentsByYear);
        List<Theme> themes = Theme.listInOrder().stream().filter(theme -> counts.containsKey(theme.id)).toList();
        List<ClaimCells.Pick> picks = new ArrayList<>();
        for (Theme theme : themes) {
            new TreeMap<>(counts.get(theme.id)).keySet()
                    .forEach(year -> picks.add(new ClaimCells.Pick(theme.id, year, perCell)));
        }
        Iterator<List<ClaimView>> shown = cells.first(selection, picks).iterator();
        Map<Integer, int[]> yearTotals = new TreeMap<>();
        documentsByYear.keySet().forEach(year -> yearTotals.put(year, new int[VerdictStatus.values().length]));
        List<Overview.Row> rows = new ArrayList<>();
        int claimCount = 0;
        for (Theme theme : themes) {
            Overview.Row row = row(theme, counts.get(theme.id), shown, yearTotals, filter);
            claimCount += row.size();
            rows.add(row);
        }
        Map<Integer, Tally> tallies = new TreeMap<>();
        yearTotals.forEach((year, totals) -> tallies.put(year, tally(totals)));
        return new Overview(List.copyOf(documentsByYear.keySet()), rows, tallies, claimCount);
    }

    /** The documents' ids by year, each year's in document order (the cached list is in that order). */
    private Map<Integer, List<String>> documentsByYear() {
        Map<Integer, List<String>> documentsByYear = new TreeMap<>();
        documents.list().forEach(document -> documentsByYear
                .computeIfAbsent(document.year(), year -> new ArrayList<>()).add(document.id()));
        return documentsByYear;
    }

    /** The counts by theme, then year, then status. */
    private static Map<String, Map<Integer, EnumMap<VerdictStatus, Integer>>> countsPerCell(
            List<ClaimCells.Count> counts, Map<Integer, List<String>> documentsByYear) {
        Map<String, Integer> yearOf = new HashMap<>();
        documentsByYear.forEach((year, ids) -> ids.forEach(id -> yearOf.put(id, year)));
        Map<String, Map<Integer, EnumMap<VerdictStatus, Integer>>> perCell = new HashMap<>();
        for (ClaimCells.Count count : counts) {
            if (count.status() != null) {
                perCell.computeIfAbsent(count.theme(), theme -> new HashMap<>())
                        .computeIfAbsent(yearOf.get(count.document()), year -> new EnumMap<>(VerdictStatus.class))
                        .merge(count.status(), (int) count.count(), Integer::sum);
            }
        }
        return perCell;
    }

    /** One theme's row, its cells in year order taking their cards from {@code shown}; adds to the year totals. */
    private static Overview.Row row(Theme theme, Map<Integer, EnumMap<VerdictStatus, Integer>> counts,
            Iterator<List<ClaimView>> shown, Map<Integer, int[]> yearTotals, ClaimFilter filter) {
        Map<Integer, Overview.Cell> cells = new TreeMap<>();
        int size = 0;
        for (var entry : new TreeMap<>(counts).entrySet()) {
            Tally tally = tally(entry.getValue());
            entry.getValue().forEach((status, n) -> yearTotals.get(entry.getKey())[status.ordinal()] += n);
            cells.put(entry.getKey(), new Overview.Cell(tally, shown.next(), filter.claimsLink(theme.id,
                    entry.getKey())));
            size += tally.total();
        }
        return new Overview.Row(theme.id, theme.title, theme.description, size, cells);
    }

    private static Tally tally(int[] counts) {
        EnumMap<VerdictStatus, Integer> byStatus = new EnumMap<>(VerdictStatus.class);
        for (VerdictStatus status : VerdictStatus.values()) {
            byStatus.put(status, counts[status.ordinal()]);
        }
        return tally(byStatus);
    }

    private static Tally tally(Map<VerdictStatus, Integer> counts) {
        return new Tally(counts.getOrDefault(VerdictStatus.HELD, 0), counts.getOrDefault(VerdictStatus.PARTIAL, 0),
                counts.getOrDefault(VerdictStatus.FAILED, 0), counts.getOrDefault(VerdictStatus.PENDING, 0),
                counts.getOrDefault(VerdictStatus.UNRESOLVABLE, 0));
    }

    @Transactional
    public List<Integer> years() {
        return Claim.getEntityManager()
                .createQuery("select distinct d.year from Document d order by d.year", Integer.class).getResultList();
    }

    @Transactional
    public List<Theme> themes() {
        return Theme.listInOrder();
    }

    @Transactional
    public Comparison compare(ClaimFilter filter) {
        List<Integer> years = years();
        List<ClaimView> matching = claims.list(filter);
        Map<String, Map<Integer, List<ClaimView>>> byTheme = new LinkedHashMap<>();
        for (ClaimView claim : matching) {
            byTheme.computeIfAbsent(claim.theme(), id -> new TreeMap<>())
                    .computeIfAbsent(claim.year(), year -> new ArrayList<>())
                    .add(claim);
        }
        List<Comparison.Row> rows = new ArrayList<>();
        for (Theme theme : Theme.listInOrder()) {
            Map<Integer, List<ClaimView>> cells = byTheme.get(theme.id);
            if (cells != null) {
                rows.add(new Comparison.Row(theme.id, theme.title, theme.description, cells));
            }
        }
        Map<Integer, Tally> tallies = new TreeMap<>();
        for (int year : years) {
            tallies.put(year, Tally.of(matching.stream().filter(c -> c.year() == year).map(ClaimView::status)
                    .toList()));
        }
        return new Comparison(years, rows, tallies, matching.size());
    }
}
