package org.forecastledger.claim;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.forecastledger.ledger.LedgerCommitted;
import org.forecastledger.verdict.VerdictStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The live claims in document order with the few fields the dashboard counts by (theme, document, year,
 * attribution, status, horizon, the current verdict's as-of date), held in memory so that counting, "what is due"
 * and a cell's first cards cost microseconds instead of a scan of the claim table (a second or more at 100,000
 * claims). Built from the database on first use and after any bulk change; a verdict re-reads only its claim.
 * A text filter takes the matching ids from {@link ClaimSearch}; filters on the change date or ledger health are not
 * covered: {@link #covers} says when to ask the database.
 */
@ApplicationScoped
public class ClaimIndex {

    /** One live claim as the index holds it. */
    public record Entry(String id, String theme, String document, int year, String attributedTo, VerdictStatus status,
            LocalDate horizonUntil, LocalDate asOf, int themeCode, int documentCode, int yearCode) {

        boolean due(DueRule.Day day) {
            return day.due(status, horizonUntil, asOf);
        }
    }

    private static final VerdictStatus[] STATUSES = VerdictStatus.values();

    private volatile IndexSnapshot snapshot;
    /** Counts the bulk changes: a snapshot built before the latest one is stale. */
    private final AtomicLong generation = new AtomicLong();
    /** More changed claims than this at once (a seed load) are read with a rebuild, not one by one. */
    static final int MAX_REFRESH = 1000;
    /** Claims whose verdict changed since the snapshot: re-read before the next answer. */
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    @Inject
    ClaimSearch search;

    @Inject
    DueRule dueRule;

    /** True when the index can answer for this filter (no change date or health condition). */
    public boolean covers(ClaimFilter filter) {
        return filter.changedSince() == null && !filter.health();
    }

    /** The filter ready for the index's reads: its text matches read once (when covered), today fixed. */
    public ClaimSelection select(ClaimFilter filter) {
        Set<String> found = covers(filter) && filter.text() != null ? search.matching(filter.text()) : null;
        return new ClaimSelection(filter, found, dueRule.day());
    }

    /** The live claims matching a covered selection, in document order. */
    public List<Entry> matching(ClaimSelection selection) {
        Predicate<Entry> test = predicate(selection);
        return current().entries().stream().filter(test).toList();
    }

    /** How many live claims of each theme, document and status match a covered filter. */
    public List<ClaimCells.Count> count(ClaimSelection selection) {
        Predicate<Entry> test = predicate(selection);
        IndexSnapshot now = current();
        int documents = now.documents().size();
        int[] counts = new int[now.themes().size() * documents * STATUSES.length];
        for (Entry entry : now.entries()) {
            if (test.test(entry)) {
                counts[(entry.themeCode() * documents + entry.documentCode()) * STATUSES.length
                        + entry.status().ordinal()]++;
            }
        }
        List<ClaimCells.Count> result = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                int cell = i / STATUSES.length;
                result.add(new ClaimCells.Count(now.themes().get(cell / documents),
                        now.documents().get(cell % documents), STATUSES[i % STATUSES.length], counts[i]));
            }
        }
        return result;
    }

    /**
     * The ids of the first {@code limit} claims matching a covered filter in each theme and year, in document
     * order, keyed by theme and then year.
     */
    public Map<String, Map<Integer, List<String>>> firstPerCell(ClaimSelection selection, int limit) {
        Predicate<Entry> test = predicate(selection);
        IndexSnapshot now = current();
        int years = now.years().size();
        @SuppressWarnings("unchecked")
        List<String>[] cells = new List[now.themes().size() * years];
        for (Entry entry : now.entries()) {
            int cell = entry.themeCode() * years + entry.yearCode();
            if ((cells[cell] == null || cells[cell].size() < limit) && test.test(entry)) {
                if (cells[cell] == null) {
                    cells[cell] = new ArrayList<>(limit);
                }
                cells[cell].add(entry.id());
            }
        }
        Map<String, Map<Integer, List<String>>> result = new HashMap<>();
        for (int cell = 0; cell < cells.length; cell++) {
            if (cells[cell] != null) {
                result.computeIfAbsent(now.themes().get(cell / years), theme -> new HashMap<>())
                        .put(now.years().get(cell % years), cells[cell]);
            }
        }
        return result;
    }

    /** How many live claims are due for review today. */
    public long countDue() {
        DueRule.Day day = dueRule.day();
        return current().entries().stream().filter(entry -> entry.due(day)).count();
    }

    private Predicate<Entry> predicate(ClaimSelection selection) {
        if (!covers(selection.filter())) {
            throw new IllegalArgumentException("The claim index does not cover " + selection.filter());
        }
        return selection::test;
    }

    /**
     * A verdict re-reads its claim; anything else (or a change on another instance without a claim) rebuilds. Runs
     * before the caches that derive from the index drop what they hold.
     */
    void onLedgerChanged(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) LedgerCommitted event) {
        if (event.claimId() == null) {
            generation.incrementAndGet();
        } else {
            changed.add(event.claimId());
        }
    }


    /**
     * The current snapshot. A claim is named in {@code changed} only after its write committed, and leaves it only
     * once a snapshot that read it is published, so the fast path never hands out a snapshot older than a known
     * change.
     */
    private IndexSnapshot current() {
        if (changed.isEmpty()) {
            IndexSnapshot now = snapshot;
            if (now != null && now.generation() == generation.get()) {
                return now;
            }
        }
        synchronized (this) {
            long current = generation.get();
            List<String> ids = List.copyOf(changed);
            IndexSnapshot old = snapshot;
            IndexSnapshot now;
            if (old == null || old.generation() != current || ids.size() > MAX_REFRESH) {
                now = QuarkusTransaction.joiningExisting().call(() -> IndexSnapshot.build(current));
            } else if (!ids.isEmpty()) {
                now = QuarkusTransaction.joiningExisting().call(() -> old.refresh(ids, current));
            } else {
                now = old;
            }
            snapshot = now;
            changed.removeAll(ids);
            return now;
        }
    }
}
