package org.forecastledger.claim;

import jakarta.persistence.TypedQuery;
import org.forecastledger.claim.ClaimIndex.Entry;
import org.forecastledger.verdict.VerdictStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable state of the {@link ClaimIndex}: the entries in document order, where each id sits, and the themes,
 * documents and years the entries' codes stand for. Built from the database in the caller's transaction.
 */
record IndexSnapshot(long generation, List<Entry> entries, Map<String, Integer> positions, List<String> themes,
        List<String> documents, List<Integer> years) {

    private static final String SELECT = "select c.id, c.theme.id, c.document.id, c.document.year, c.attributedTo, "
            + "c.status, c.horizonUntil, v.asOf from Claim c left join VerdictRevision v on v.claimId = c.id "
            + "and v.number = c.revision where c.retired = false";

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
            List<K> names = new ArrayList<>(Collections.nCopies(codes.size(), null));
            codes.forEach((name, code) -> names.set(code, name));
            return names;
        }
    }

    /** Every live claim, read in one query. */
    static IndexSnapshot build(long generation) {
        List<Object[]> rows = Claim.getEntityManager().createQuery(SELECT + " order by c.document.year, "
                + "c.document.publishedOn, c.document.id, c.position", Object[].class).getResultList();
        Codes codes = new Codes();
        List<Entry> entries = new ArrayList<>(rows.size());
        Map<String, Integer> positions = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            positions.put((String) row[0], entries.size());
            entries.add(entry(row, codes));
        }
        return new IndexSnapshot(generation, entries, positions, Codes.names(codes.themes),
                Codes.names(codes.documents), Codes.names(codes.years));
    }

    /**
     * This snapshot with the changed claims re-read; a claim it does not hold (or that left it, or moved to another
     * theme or document) means a rebuild.
     */
    IndexSnapshot refresh(List<String> ids, long generation) {
        TypedQuery<Object[]> query = Claim.getEntityManager().createQuery(SELECT + " and c.id in :ids", Object[].class);
        List<Object[]> rows = query.setParameter("ids", ids).getResultList();
        if (rows.size() != ids.size()) {
            return build(generation);
        }
        List<Entry> changed = new ArrayList<>(entries);
        for (Object[] row : rows) {
            Integer at = positions.get((String) row[0]);
            if (at == null) {
                return build(generation);
            }
            Entry was = changed.get(at);
            if (!was.theme().equals(row[1]) || !was.document().equals(row[2]) || was.year() != (Integer) row[3]) {
                return build(generation);
            }
            changed.set(at, new Entry(was.id(), was.theme(), was.document(), was.year(), (String) row[4],
                    (VerdictStatus) row[5], (LocalDate) row[6], (LocalDate) row[7], was.themeCode(),
                    was.documentCode(), was.yearCode()));
        }
        return new IndexSnapshot(generation, changed, positions, themes, documents, years);
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
