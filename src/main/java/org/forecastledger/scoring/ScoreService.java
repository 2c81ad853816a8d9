package org.forecastledger.scoring;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.forecastledger.ledger.LedgerCommitted;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.HedgeBand;
import org.forecastledger.verdict.VerdictStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Computes track records from every claim's current verdict; cached until a verdict changes. */
@ApplicationScoped
public class ScoreService {

    static final String CACHE = "scores";

    /** The few columns scoring needs, read in one query. */
    record Row(String id, int year, String documentId, String documentTitle, String attributedTo, HedgeBand band,
            VerdictStatus status) {
        Forecast forecast() {
            return new Forecast(band, status);
        }
    }

    @Transactional
    @CacheResult(cacheName = CACHE)
    public Scores scores() {
        List<Row> rows = Claim.getEntityManager().createQuery("select new " + Row.class.getName()
                + "(c.id, c.document.year, c.document.id, c.document.title, c.attributedTo, c.hedgeBand, c.status)"
                + " from Claim c where c.retired = false order by c.document.year, c.document.publishedOn, c.document.id, c.position", Row.class)
                .getResultList();
        return new Scores(record("all", "All claims", rows),
                group(rows, row -> String.valueOf(row.year()), row -> String.valueOf(row.year())),
                group(rows, Row::documentId, Row::documentTitle),
                group(rows, Row::attributedTo, Row::attributedTo));
    }

    @CacheInvalidateAll(cacheName = CACHE)
    void onLedgerChanged(@Observes LedgerCommitted changed) {
        // the annotation empties the cache: a verdict was committed here or on another instance
    }


    private static List<TrackRecord> group(List<Row> rows, Function<Row, String> key, Function<Row, String> label) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return groups.entrySet().stream()
                .map(group -> record(group.getKey(), label.apply(group.getValue().get(0)), group.getValue()))
                .toList();
    }

    private static TrackRecord record(String key, String label, List<Row> rows) {
        return TrackRecord.of(key, label, rows.stream().map(Row::forecast).toList(),
                rows.stream().filter(row -> row.status() == null || !row.status().resolved).map(Row::id).toList());
    }
}
