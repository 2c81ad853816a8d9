package org.forecastledger.claim;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.TypedQuery;
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

        boolean due(LocalDate today, LocalDate staleBefore) {
            return (status == VerdictStatus.PENDING && horizonUntil != null && horizonUntil.isBefore(today))
                    || (asOf != null && asOf.isBefore(staleBefore));
        }
    }

    /**
     * An immutable state of the index: the entries in document order, where each id sits, and the themes, documents
     * and years the entries' codes stand for.
     */
    private record Snapshot(long generation, List<Entry> entries, Map<String, Integer> positions,
            List<String> themes, List<String> documents, List<Integer> years) {
    }

    /** Numbers the distinct themes, documents and years of one build. */
    private static final class Codes {
        final Map<String, Integer> themes = new HashMap<>();
        final Map<String, Integer> documents = new HashMap<>();
        final Map<Integer, Integer> years = new HashMap<>();
        final Map<String, String> shared = new HashMap<>();

        static <K> int code(Map<K, Integer> codes, K key) {
            return codes.computeIfAbsent(key, k -> codes.size());
        }

        static <K> List<K> names(Map<K, Integer> codes) {
            List<K> names = new ArrayList<>(java.util.Collections.nCopies(codes.size(), null));
            codes.forEach((name, code) -> names.set(code, name));
            return names;
        }
    }

    private static final String SELECT = "select c.id, c.theme.id, c.document.id, c.document.year, c.attributedTo, "
            + "c.status, c.horizonUntil, v.asOf from Claim c left join VerdictRevision v on v.claimId = c.id "
            + "and v.number = c.revision where c.retired = false";

    private static final VerdictStatus[] STATUSES = VerdictStatus.values();

    private volatile Snapshot snapshot;
    /** Counts the bulk changes: a snapshot built before the latest one is stale. */
    private final AtomicLong generation = new AtomicLong();
    /** More changed claims than this at once (a seed load) are read with a rebuild, not one by one. */
    static final int MAX_REFRESH = 1000;
    /** Claims whose verdict changed since the snapshot: re-read before the next answer. */
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    @Inject
    ClaimSearch search;

    /** True when the index can answer for this filter (no change date or health condition). */
    public boolean covers(ClaimFilter filter) {
        return filter.changedSince() == null && !filter.health();
    }

    /** The live claims matching a covered filter, in document order. */
    public List<Entry> matching(ClaimFilter filter, LocalDate today, LocalDate staleBefore) {
        Predicate<Entry> test = predicate(filter, today, staleBefore);
        return current().entries().stream().filter(test).toList();
    }

    /** How many live claims of each theme, document and status match a covered filter. */
    public List<ClaimCells.Count> count(ClaimFilter filter, LocalDate today, LocalDate staleBefore) {
        Predicate<Entry> test = predicate(filter, today, staleBefore);
        Snapshot now = current();
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
    public Map<String, Map<Integer, List<String>>> firstPerCell(ClaimFilter filter, LocalDate today,
            LocalDate staleBefore, int limit) {
        Predicate<Entry> test = predicate(filter, today, staleBefore);
        Snapshot now = current();
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

    /** How many live claims are due for review. */
    public long countDue(LocalDate today, LocalDate staleBefore) {
        return current().entries().stream().filter(entry -> entry.due(today, staleBefore)).count();
    }

    private Predicate<Entry> predicate(ClaimFilter filter, LocalDate today, LocalDate staleBefore) {
        if (!covers(filter)) {
            throw new IllegalArgumentException("The claim index does not cover " + filter);
        }
        Set<String> found = filter.text() == null ? null : search.matching(filter.text());
        return entry -> (found == null || found.contains(entry.id()))
                && (filter.year() == null || entry.year() == filter.year())
                && (filter.theme() == null || entry.theme().equals(filter.theme()))
                && (filter.status() == null || entry.status() == filter.status())
                && (filter.document() == null || entry.document().equals(filter.document()))
                && (filter.attributedTo() == null || filter.attributedTo().equals(entry.attributedTo()))
                && (!filter.due() || entry.due(today, staleBefore));
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
    private Snapshot current() {
        if (changed.isEmpty()) {
            Snapshot now = snapshot;
            if (now != null && now.generation() == generation.get()) {
                return now;
            }
        }
        synchronized (this) {
            long current = generation.get();
            List<String> ids = List.copyOf(changed);
            Snapshot old = snapshot;
            Snapshot now;
            if (old == null || old.generation() != current || ids.size() > MAX_REFRESH) {
                now = QuarkusTransaction.joiningExisting().call(() -> build(current));
            } else if (!ids.isEmpty()) {
                now = QuarkusTransaction.joiningExisting().call(() -> refresh(old, ids, current));
            } else {
                now = old;
            }
            snapshot = now;
            changed.removeAll(ids);
            return now;
        }
    }

    private Snapshot build(long generation) {
        List<Object[]> rows = Claim.getEntityManager().createQuery(SELECT + " order by c.document.year, "
                + "c.document.publishedOn, c.document.id, c.position", Object[].class).getResultList();
        Codes codes = new Codes();
        List<Entry> entries = new ArrayList<>(rows.size());
        Map<String, Integer> positions = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            positions.put((String) row[0], entries.size());
            entries.add(entry(row, codes));
        }
        return new Snapshot(generation, entries, positions, Codes.names(codes.themes), Codes.names(codes.documents),
                Codes.names(codes.years));
    }

    /**
     * Re-reads the changed claims; a claim the snapshot does not hold (or that left it, or moved to another theme or
     * document) means a rebuild.
     */
    private Snapshot refresh(Snapshot old, List<String> ids, long generation) {
        TypedQuery<Object[]> query = Claim.getEntityManager().createQuery(SELECT + " and c.id in :ids", Object[].class);
        List<Object[]> rows = query.setParameter("ids", ids).getResultList();
        if (rows.size() != ids.size()) {
            return build(generation);
        }
        List<Entry> entries = new ArrayList<>(old.entries());
        for (Object[] row : rows) {
            Integer at = old.positions().get((String) row[0]);
            if (at == null) {
                return build(generation);
            }
            Entry was = entries.get(at);
            if (!was.theme().equals(row[1]) || !was.document().equals(row[2]) || was.year() != (Integer) row[3]) {
                return build(generation);
            }
            entries.set(at, new Entry(was.id(), was.theme(), was.document(), was.year(), (String) row[4],
                    (VerdictStatus) row[5], (LocalDate) row[6], (LocalDate) row[7], was.themeCode(),
                    was.documentCode(), was.yearCode()));
        }
        return new Snapshot(generation, entries, old.positions(), old.themes(), old.documents(), old.years());
    }

    private static Entry entry(Object[] row, Codes codes) {
        String theme = intern((String) row[1], codes.shared);
        String document = intern((String) row[2], codes.shared);
        int year = (Integer) row[3];
        return new Entry((String) row[0], theme, document, year, intern((String) row[4], codes.shared),
                (VerdictStatus) row[5], (LocalDate) row[6], (LocalDate) row[7], Codes.code(codes.themes, theme),
                Codes.code(codes.documents, document), Codes.code(codes.years, year));
    }

    private static String intern(String value, Map<String, String> shared) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }
}
