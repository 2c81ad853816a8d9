package org.forecastledger.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.ClaimCells;
import org.forecastledger.document.DocumentService;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.claim.ClaimView;
import org.forecastledger.scoring.Tally;
import org.forecastledger.claim.Theme;
import org.forecastledger.verdict.VerdictStatus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
     * counts with one grouped query and the shown claims with one indexed query per cell, whatever the ledger's size.
     */
    @Transactional
    public Overview overview(ClaimFilter filter, int perCell) {
        Map<Integer, List<String>> documentsByYear = new TreeMap<>();
        // the cached list is in document order
        documents.list().forEach(document -> documentsByYear
                .computeIfAbsent(document.year(), year -> new ArrayList<>()).add(document.id()));
        Map<String, Map<String, Long>> perDocument = new HashMap<>();
        Map<String, Map<Integer, EnumMap<VerdictStatus, Integer>>> perCellCounts = new HashMap<>();
        Map<String, Integer> yearOf = new HashMap<>();
        documentsByYear.forEach((year, ids) -> ids.forEach(id -> yearOf.put(id, year)));
        for (ClaimCells.Count count : cells.count(filter)) {
            perDocument.computeIfAbsent(count.theme(), theme -> new HashMap<>()).merge(count.document(), count.count(),
                    Long::sum);
            if (count.status() != null) {
                perCellCounts.computeIfAbsent(count.theme(), theme -> new HashMap<>())
                        .computeIfAbsent(yearOf.get(count.document()), year -> new EnumMap<>(VerdictStatus.class))
                        .merge(count.status(), (int) count.count(), Integer::sum);
            }
        }
        List<Theme> themes = Theme.listInOrder().stream().filter(theme -> perCellCounts.containsKey(theme.id)).toList();
        List<ClaimCells.Pick> picks = new ArrayList<>();
        for (Theme theme : themes) {
            Map<String, Long> byDocument = perDocument.get(theme.id);
            for (int year : perCellCounts.get(theme.id).keySet().stream().sorted().toList()) {
                List<String> holding = new ArrayList<>();
                long found = 0;
                for (String document : documentsByYear.get(year)) {
                    long here = byDocument.getOrDefault(document, 0L);
                    if (here > 0 && found < perCell) {
                        holding.add(document);
                        found += here;
                    }
                }
                picks.add(new ClaimCells.Pick(theme.id, year, holding, perCell));
            }
        }
        List<List<ClaimView>> shown = cells.first(filter, picks);
        Map<Integer, int[]> yearTotals = new TreeMap<>();
        documentsByYear.keySet().forEach(year -> yearTotals.put(year, new int[VerdictStatus.values().length]));
        List<Overview.Row> rows = new ArrayList<>();
        int pick = 0;
        int claimCount = 0;
        for (Theme theme : themes) {
            Map<Integer, Overview.Cell> row = new TreeMap<>();
            int size = 0;
            for (var entry : new TreeMap<>(perCellCounts.get(theme.id)).entrySet()) {
                Tally tally = tally(entry.getValue());
                entry.getValue().forEach((status, n) -> yearTotals.get(entry.getKey())[status.ordinal()] += n);
                row.put(entry.getKey(), new Overview.Cell(tally, shown.get(pick++),
                        filter.claimsLink(theme.id, entry.getKey())));
                size += tally.total();
            }
            claimCount += size;
            rows.add(new Overview.Row(theme.id, theme.title, theme.description, size, row));
        }
        Map<Integer, Tally> tallies = new TreeMap<>();
        yearTotals.forEach((year, counts) -> {
            EnumMap<VerdictStatus, Integer> byStatus = new EnumMap<>(VerdictStatus.class);
            for (VerdictStatus status : VerdictStatus.values()) {
                byStatus.put(status, counts[status.ordinal()]);
            }
            tallies.put(year, tally(byStatus));
        });
        return new Overview(List.copyOf(documentsByYear.keySet()), rows, tallies, claimCount);
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
