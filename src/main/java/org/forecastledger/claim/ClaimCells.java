package org.forecastledger.claim;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.forecastledger.verdict.VerdictStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's aggregate reads: how many claims match a filter per theme, document and status, and the first few
 * claims of a comparison cell. The claim index answers where it covers the filter; otherwise one grouped query and
 * one indexed query per cell.
 */
@ApplicationScoped
public class ClaimCells {

    /** How many claims of one theme, document and status match the filter. */
    public record Count(String theme, String document, VerdictStatus status, long count) {
    }

    /** A cell to fill: its theme and year, how many to show. */
    public record Pick(String theme, int year, int limit) {
    }

    /** A matching claim's place in the matrix. */
    public record Placed(String id, String theme, int year) {
    }

    @Inject
    ClaimConditions conditions;

    @Inject
    ClaimIndex index;

    /** The filter ready for {@link #count} and {@link #first}: a text filter is looked up once for both. */
    public ClaimSelection select(ClaimFilter filter) {
        return index.select(filter);
    }

    /** Every claim matching the filter as id, theme and year only, in document order (no claim is loaded). */
    @Transactional
    public List<Placed> placed(ClaimFilter filter) {
        ClaimConditions.Where where = conditions.where(filter);
        TypedQuery<Object[]> query = Claim.getEntityManager().createQuery("select id, theme.id, document.year from "
                + "Claim where " + where.condition() + " order by document.year, document.publishedOn, document.id, "
                + "position", Object[].class);
        where.parameters().map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new Placed((String) row[0], (String) row[1], (Integer) row[2])).toList();
    }

    @Transactional
    public List<Count> count(ClaimSelection selection) {
        if (index.covers(selection.filter())) {
            return index.count(selection);
        }
        ClaimConditions.Where where = conditions.where(selection.filter(), selection.day());
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
    public List<List<ClaimView>> first(ClaimSelection selection, List<Pick> picks) {
        if (index.covers(selection.filter())) {
            return firstFromIndex(selection, picks);
        }
        ClaimConditions.Where where = conditions.where(selection.filter(), selection.day());
        List<Claim> found = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Pick pick : picks) {
            Parameters parameters = new Parameters();
            where.parameters().map().forEach(parameters::and);
            parameters.and("cellTheme", pick.theme()).and("cellYear", pick.year());
            List<Claim> cell = Claim.<Claim>find(where.condition() + " and theme.id = :cellTheme and document.year = "
                    + ":cellYear", ClaimSort.DOCUMENT.sort, parameters).page(0, pick.limit()).list();
            found.addAll(cell);
            sizes.add(cell.size());
        }
        List<ClaimView> views = ClaimViews.cards(found);
        List<List<ClaimView>> cells = new ArrayList<>();
        int at = 0;
        for (int size : sizes) {
            cells.add(views.subList(at, at + size));
            at += size;
        }
        return cells;
    }

    /**
     * The cells' first claims picked from the index in document order, read with one query for all cells, as card
     * views (no links, evidence or rationale: a card does not show them).
     */
    private List<List<ClaimView>> firstFromIndex(ClaimSelection selection, List<Pick> picks) {
        int limit = picks.stream().mapToInt(Pick::limit).max().orElse(0);
        Map<String, Map<Integer, List<String>>> cells = index.firstPerCell(selection, limit);
        List<List<String>> idsPerPick = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Pick pick : picks) {
            List<String> ids = cells.getOrDefault(pick.theme(), Map.of()).getOrDefault(pick.year(), List.of());
            ids = ids.subList(0, Math.min(pick.limit(), ids.size()));
            idsPerPick.add(ids);
            all.addAll(ids);
        }
        Map<String, ClaimView> views = new HashMap<>();
        ClaimViews.cards(ClaimViews.byIds(all)).forEach(view -> views.put(view.id(), view));
        return idsPerPick.stream().map(ids -> ids.stream().map(views::get).toList()).toList();
    }
}
