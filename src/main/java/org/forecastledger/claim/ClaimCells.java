package org.forecastledger.claim;

import java.util.Map;
import java.util.HashMap;
import java.time.ZoneOffset;
import java.time.LocalDate;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.forecastledger.verdict.VerdictStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's aggregate reads: how many claims match a filter per theme, document and status (one grouped
 * query, no claim loaded), and the first few claims of a comparison cell (one indexed query per cell).
 */
@ApplicationScoped
public class ClaimCells {

    /** How many claims of one theme, document and status match the filter. */
    public record Count(String theme, String document, VerdictStatus status, long count) {
    }

    /**
     * A cell to fill: its theme and year, the documents of that year (in document order) holding its first matches,
     * how many to show.
     */
    public record Pick(String theme, int year, List<String> documents, int limit) {
    }

    /** A matching claim's place in the matrix. */
    public record Placed(String id, String theme, int year) {
    }

    @Inject
    ClaimService claims;

    @Inject
    ClaimIndex index;

    /**
     * The cells' first claims picked from the index in document order, read with one query for all cells, as card
     * views (no links, evidence or rationale: a card does not show them).
     */
    private List<List<ClaimView>> firstFromIndex(ClaimFilter filter, List<Pick> picks) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int limit = picks.stream().mapToInt(Pick::limit).max().orElse(0);
        Map<String, Map<Integer, List<String>>> cells = index.firstPerCell(filter, today, claims.staleBefore(today),
                limit);
        List<List<String>> idsPerPick = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Pick pick : picks) {
            List<String> ids = cells.getOrDefault(pick.theme(), Map.of()).getOrDefault(pick.year(), List.of());
            ids = ids.subList(0, Math.min(pick.limit(), ids.size()));
            idsPerPick.add(ids);
            all.addAll(ids);
        }
        Map<String, ClaimView> views = new HashMap<>();
        ClaimService.cards(ClaimService.byIds(all)).forEach(view -> views.put(view.id(), view));
        return idsPerPick.stream().map(ids -> ids.stream().map(views::get).toList()).toList();
    }

    /** Every claim matching the filter as id, theme and year only, in document order (no claim is loaded). */
    @Transactional
    public List<Placed> placed(ClaimFilter filter) {
        ClaimService.Where where = claims.where(filter);
        TypedQuery<Object[]> query = Claim.getEntityManager().createQuery("select id, theme.id, document.year from "
                + "Claim where " + where.condition() + " order by document.year, document.publishedOn, document.id, "
                + "position", Object[].class);
        where.parameters().map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new Placed((String) row[0], (String) row[1], (Integer) row[2])).toList();
    }

    @Transactional
    public List<Count> count(ClaimFilter filter) {
        if (index.covers(filter)) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return index.count(filter, today, claims.staleBefore(today));
        }
        ClaimService.Where where = claims.where(filter);
        TypedQuery<Object[]> query = Claim.getEntityManager().createQuery("select theme.id, document.id, status, "
                + "count(*) from Claim where " + where.condition() + " group by theme.id, document.id, status",
                Object[].class);
        where.parameters().map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new Count((String) row[0], (String) row[1], (VerdictStatus) row[2], (Long) row[3]))
                .toList();
    }

    /** The first claims of each cell in document order, as card views; one list per pick, in the order given. */
    @Transactional
    public List<List<ClaimView>> first(ClaimFilter filter, List<Pick> picks) {
        if (index.covers(filter)) {
            return firstFromIndex(filter, picks);
        }
        ClaimService.Where where = claims.where(filter);
        List<Claim> found = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Pick pick : picks) {
            Parameters parameters = new Parameters();
            where.parameters().map().forEach(parameters::and);
            parameters.and("cellTheme", pick.theme()).and("cellDocuments", pick.documents());
            List<Claim> cell = Claim.<Claim>find(where.condition() + " and theme.id = :cellTheme and document.id in "
                    + ":cellDocuments", ClaimSort.DOCUMENT.sort, parameters).page(0, pick.limit()).list();
            found.addAll(cell);
            sizes.add(cell.size());
        }
        List<ClaimView> views = ClaimService.cards(found);
        List<List<ClaimView>> cells = new ArrayList<>();
        int at = 0;
        for (int size : sizes) {
            cells.add(views.subList(at, at + size));
            at += size;
        }
        return cells;
    }
}
