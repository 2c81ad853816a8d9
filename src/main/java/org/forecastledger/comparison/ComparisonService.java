package org.forecastledger.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.ClaimFilter;
import org.forecastledger.claim.ClaimService;
import org.forecastledger.claim.ClaimView;
import org.forecastledger.document.Document;
import org.forecastledger.scoring.Tally;
import org.forecastledger.theme.Theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the comparison: themes as rows, the documents' years as columns, claims in the cells. */
@ApplicationScoped
public class ComparisonService {

    @Inject
    ClaimService claims;

    @Transactional
    public Comparison compare(ClaimFilter filter) {
        List<Integer> years = new ArrayList<>(new TreeSet<>(
                Document.<Document>listAll().stream().map(document -> document.year).toList()));
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
