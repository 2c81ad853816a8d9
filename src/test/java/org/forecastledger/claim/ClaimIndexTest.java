package org.forecastledger.claim;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.forecastledger.ledger.LedgerCommitted;
import org.forecastledger.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.forecastledger.account.TestAccounts.asReviewer;

/**
 * The in-memory claim index answers exactly what the database answers, for every filter it covers, and follows a
 * verdict at once: one written here, and one written elsewhere once its notice arrives.
 */
@QuarkusTest
class ClaimIndexTest {

    private static final String CLAIM = "beta-sanctions-stay";

    @Inject
    ClaimIndex index;

    @Inject
    ClaimService claims;

    @Inject
    ClaimConditions conditions;

    @Inject
    Event<LedgerCommitted> changes;

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private Map<String, Long> fromIndex(ClaimFilter filter) {
        Map<String, Long> counts = new TreeMap<>();
        QuarkusTransaction.requiringNew().run(() -> index.count(index.select(filter))
                .forEach(count -> counts.put(count.theme() + "/" + count.document() + "/" + count.status(),
                        count.count())));
        return counts;
    }

    private Map<String, Long> fromDatabase(ClaimFilter filter) {
        Map<String, Long> counts = new TreeMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            ClaimConditions.Where where = conditions.where(filter);
            var query = Claim.getEntityManager().createQuery("select theme.id, document.id, status, count(*) from "
                    + "Claim where " + where.condition() + " group by theme.id, document.id, status", Object[].class);
            where.parameters().map().forEach(query::setParameter);
            query.getResultList().forEach(row -> counts.put(row[0] + "/" + row[1] + "/" + row[2], (Long) row[3]));
        });
        return counts;
    }

    private List<String> idsFromDatabase(ClaimFilter filter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ClaimConditions.Where where = conditions.where(filter);
            return Claim.<Claim>find(where.condition(), ClaimSort.DOCUMENT.sort, where.parameters()).list().stream()
                    .map(claim -> claim.id).toList();
        });
    }

    private static ClaimFilter text(String text) {
        return new ClaimFilter(null, null, null, null, null, text, null, false, false);
    }

    private String statusOf(String claimId) {
        return given().get("/api/claims/" + claimId).then().statusCode(200).extract().path("status");
    }

    @Test
    void everyCoveredFilterGetsTheDatabasesCountsAndOrder() {
        List<ClaimFilter> filters = List.of(ClaimFilter.NONE, ClaimFilter.dueForReview(), ClaimFilter.theme("sanctions"),
                new ClaimFilter(2020, null, null, null, null, null, null, false, false),
                new ClaimFilter(null, null, VerdictStatus.PENDING, null, null, null, null, false, false),
                new ClaimFilter(null, "arms-control", VerdictStatus.HELD, null, null, null, null, false, false),
                new ClaimFilter(null, null, null, "alpha", null, null, null, false, false),
                new ClaimFilter(null, null, null, null, "A. Speaker", null, null, false, false),
                // text: statement, quote, id and attribution, any case; LIKE's wildcards are plain characters
                text("TREATY"), text("talks"), text("beta-sanctions"), text("a. speak"), text("%"), text("_"),
                text("no such words anywhere"), new ClaimFilter(2020, null, null, null, null, "the", null, false,
                        false));
        for (ClaimFilter filter : filters) {
            assertThat(fromIndex(filter)).as(filter.toString()).isEqualTo(fromDatabase(filter));
            List<String> pageIds = claims.search(filter, ClaimSort.DOCUMENT, 0, 500).items().stream()
                    .map(ClaimView::id).toList();
            assertThat(pageIds).as(filter.toString()).isEqualTo(idsFromDatabase(filter));
        }
        assertThat(fromIndex(ClaimFilter.NONE)).isNotEmpty();
        assertThat(fromIndex(text("talks"))).isNotEmpty();
        assertThat(index.covers(new ClaimFilter(null, null, null, null, null, null, TODAY, false, false))).isFalse();
        assertThat(claims.countDue()).isEqualTo(idsFromDatabase(ClaimFilter.dueForReview()).size());
    }

    @Test
    void aSelectionsTextMatchesAreReadOnceAndServeEveryRead() {
        ClaimSelection talks = index.select(text("talks"));
        assertThat(talks.textMatches()).isNotEmpty();
        assertThat(index.select(ClaimFilter.NONE).textMatches()).isNull();
        // the reads take the matches the selection holds instead of searching again: a made-up set shows it
        ClaimSelection only = new ClaimSelection(text("talks"), Set.of(CLAIM), talks.day());
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(index.count(only)).extracting(ClaimCells.Count::count).containsExactly(1L);
            assertThat(index.matching(only)).extracting(ClaimIndex.Entry::id).containsExactly(CLAIM);
            assertThat(index.firstPerCell(only, 3).values().stream().flatMap(cells -> cells.values().stream())
                    .flatMap(List::stream)).containsExactly(CLAIM);
        });
    }

    @Test
    void aVerdictHereOrANoticeFromElsewhereMovesItsClaimAtOnce() {
        String before = statusOf(CLAIM);
        String next = before.equals("FAILED") ? "HELD" : "FAILED";
        int revision = given().get("/api/claims/" + CLAIM).then().extract().path("revision");
        write(next, revision);
        assertThat(fromIndex(ClaimFilter.NONE)).isEqualTo(fromDatabase(ClaimFilter.NONE));

        // another instance changed the row: nothing moves until its notice names the claim
        QuarkusTransaction.requiringNew().run(() -> Claim.update("status = ?1 where id = ?2",
                VerdictStatus.valueOf(before), CLAIM));
        try {
            assertThat(fromIndex(ClaimFilter.NONE)).isNotEqualTo(fromDatabase(ClaimFilter.NONE));
            changes.fire(new LedgerCommitted("another-instance", CLAIM));
            assertThat(fromIndex(ClaimFilter.NONE)).isEqualTo(fromDatabase(ClaimFilter.NONE));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Claim.update("status = ?1 where id = ?2",
                    VerdictStatus.valueOf(next), CLAIM));
            changes.fire(new LedgerCommitted("another-instance"));
        }
        assertThat(fromIndex(ClaimFilter.NONE)).isEqualTo(fromDatabase(ClaimFilter.NONE));
        // other tests count the fixture's statuses: the claim gets its verdict back
        write(before, revision + 1);
        assertThat(statusOf(CLAIM)).isEqualTo(before);
        assertThat(fromIndex(ClaimFilter.NONE)).isEqualTo(fromDatabase(ClaimFilter.NONE));
    }

    private static void write(String status, int expectedRevision) {
        asReviewer().contentType(ContentType.JSON).body("""
                {"status": "%s", "asOf": "2026-11-22", "rationale": "Index test.", "expectedRevision": %d,
                 "evidence": [{"date": "2026-11-01", "summary": "Checked.", "source": "Test wire"}]}
                """.formatted(status, expectedRevision)).post("/api/claims/" + CLAIM + "/verdicts").then()
                .statusCode(201);
    }
}
