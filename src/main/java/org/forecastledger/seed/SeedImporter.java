package org.forecastledger.seed;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.ClaimSearch;
import org.forecastledger.claim.Theme;
import org.forecastledger.cluster.ClusterLock;
import org.forecastledger.document.Document;
import org.forecastledger.health.HealthExplanation;
import org.forecastledger.ledger.LedgerWrite;
import org.forecastledger.seedformat.SeedSet;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Upserts a validated seed set by stable id. Idempotent: unchanged seeds change no row. A changed seed verdict is
 * appended as a new revision, unless a reviewer or a review session has decided since: their verdict stands. A seed
 * that now says exactly what the newest verdict says (a review session's seed patch, applied) appends nothing.
 * The steps: themes and documents ({@link CatalogImport}), claims, retired claims, links ({@link LinkImport}),
 * health explanations, verdicts ({@link VerdictImport}).
 */
@ApplicationScoped
public class SeedImporter {

    /** What one import did, for the start-up log and the tests. */
    public record Report(int documentsWritten, int claimsWritten, int linksWritten, int revisionsAppended,
            List<String> seedChangesHeldBack, List<String> retired) {
    }

    /** Claims handled per step: the persistence context is flushed and cleared after each, bounding memory. */
    static final int CHUNK = 500;

    /** A large corpus on a busy machine takes longer than the default 60 s transaction timeout. */
    static final int LOAD_TIMEOUT_SECONDS = 3600;

    @Inject
    ClaimSearch search;

    @Inject
    EntityManager em;

    @Inject
    VerdictImport verdicts;

    @Inject
    Event<LedgerWrite> written;

    @Inject
    ClusterLock startupLock;

    /** The fingerprint of the seed folder whose load last completed, if any. */
    @Transactional
    public Optional<String> loadedFingerprint() {
        return em.createNativeQuery("select fingerprint from seed_load where id = 1", String.class).getResultStream()
                .map(String.class::cast).findFirst();
    }

    /** Imports the seeds and, in the same transaction, records the fingerprint of the folder they came from. */
    @Transactional
    @TransactionConfiguration(timeout = LOAD_TIMEOUT_SECONDS)
    public Report importSeeds(SeedSet seeds, String fingerprint) {
        Report report = load(seeds);
        em.createNativeQuery("delete from seed_load").executeUpdate();
        em.createNativeQuery("insert into seed_load (id, fingerprint, loaded_at, claims) values (1, ?1, ?2, ?3)")
                .setParameter(1, fingerprint).setParameter(2, java.sql.Timestamp.from(java.time.Instant.now()))
                .setParameter(3, seeds.claims().size()).executeUpdate();
        return report;
    }

    @Transactional
    @TransactionConfiguration(timeout = LOAD_TIMEOUT_SECONDS)
    public Report importSeeds(SeedSet seeds) {
        return load(seeds);
    }

    private Report load(SeedSet seeds) {
        // instances starting together load the seeds one after the other: the later ones find nothing to write
        startupLock.hold(ClusterLock.STARTUP);
        CatalogImport.themes(seeds.themes());
        int documentsWritten = CatalogImport.documents(seeds.documents());
        flushAndClear();
        int claimsWritten = upsertClaims(seeds.claims());
        List<String> retired = new ArrayList<>();
        claimsWritten += retireAndReturn(seeds.claims(), retired);
        int linksWritten = LinkImport.sync(em, seeds.claims());
        HealthExplanation.sync(HealthExplanationSeeds.keys(seeds.claims()));
        flushAndClear();
        List<String> heldBack = new ArrayList<>();
        int appended = verdicts.append(seeds.claims(), heldBack);
        written.fire(LedgerWrite.anything());
        heldBack.forEach(id -> Log.warnf("Seed verdict of claim '%s' changed, but a reviewer's verdict is newer: "
                + "the reviewer's verdict stands and the seed change is not applied", id));
        return new Report(documentsWritten, claimsWritten, linksWritten, appended, List.copyOf(heldBack),
                List.copyOf(retired));
    }

    private void flushAndClear() {
        em.flush();
        em.clear();
    }

    /** Inserts new claims and updates changed ones, chunk by chunk; returns how many were written. */
    private int upsertClaims(List<ClaimSeed> seeds) {
        int claimsWritten = 0;
        for (List<ClaimSeed> chunk : chunks(seeds)) {
            Map<String, Claim> existing = claimsOf(chunk);
            List<String> changed = new ArrayList<>();
            for (ClaimSeed seed : chunk) {
                Claim claim = existing.get(seed.id());
                if (claim == null) {
                    claim = new Claim();
                    claim.id = seed.id();
                    copy(seed, claim);
                    claim.persist();
                    changed.add(claim.id);
                } else if (copy(seed, claim)) {
                    changed.add(claim.id);
                }
            }
            em.flush();
            search.refresh(changed);
            claimsWritten += changed.size();
            em.clear();
        }
        return claimsWritten;
    }

    /**
     * Retires the claims no longer in the seeds (adding them to {@code retired}) and brings back those that are
     * again; returns how many claims changed. Claims of uploaded documents live in the database only, until a team
     * commits them to the seeds.
     */
    private int retireAndReturn(List<ClaimSeed> seeds, List<String> retired) {
        Set<String> seeded = seeds.stream().map(ClaimSeed::id).collect(Collectors.toSet());
        List<String> returned = new ArrayList<>();
        for (Object[] row : em.createQuery("select c.id, c.retired, c.document.uploadedBy from Claim c order by c.id",
                Object[].class).getResultList()) {
            boolean gone = !seeded.contains((String) row[0]) && row[2] == null;
            if ((Boolean) row[1] != gone) {
                (gone ? retired : returned).add((String) row[0]);
            }
        }
        setRetired(retired, true);
        setRetired(returned, false);
        retired.forEach(id -> Log.warnf("Claim '%s' is no longer in the seed files: it is retired (kept with its "
                + "ledger, left out of lists and scores)", id));
        return retired.size() + returned.size();
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    static Map<String, Claim> claimsOf(List<ClaimSeed> chunk) {
        return Claim.<Claim>list("id in ?1", chunk.stream().map(ClaimSeed::id).toList()).stream()
                .collect(Collectors.toMap(claim -> claim.id, Function.identity()));
    }

    private void setRetired(List<String> ids, boolean retired) {
        for (List<String> chunk : chunks(ids)) {
            em.createQuery("update Claim c set c.retired = :retired where c.id in :ids")
                    .setParameter("retired", retired).setParameter("ids", chunk).executeUpdate();
        }
    }

    /** Copies the seed onto the claim; returns whether anything changed (Hibernate writes only then). */
    private boolean copy(ClaimSeed seed, Claim claim) {
        boolean changed = claim.document == null || !claim.document.id.equals(seed.documentId())
                || claim.theme == null || !claim.theme.id.equals(seed.themeId())
                || claim.position != seed.position() || !Objects.equals(claim.quote, seed.quote())
                || claim.occurrence != seed.occurrence() || claim.quoteStart != seed.start()
                || claim.quoteEnd != seed.end() || !Objects.equals(claim.locator, seed.locator())
                || !Objects.equals(claim.statement, seed.statement())
                || !Objects.equals(claim.attributedTo, seed.attributedTo())
                || !Objects.equals(claim.horizonLabel, seed.horizonLabel())
                || !Objects.equals(claim.horizonUntil, seed.horizonUntil())
                || !Objects.equals(claim.hedgeWords, seed.hedgeWords()) || claim.hedgeBand != seed.hedgeBand();
        if (changed) {
            claim.document = em.getReference(Document.class, seed.documentId());
            claim.theme = em.getReference(Theme.class, seed.themeId());
        }
        claim.position = seed.position();
        claim.quote = seed.quote();
        claim.occurrence = seed.occurrence();
        claim.quoteStart = seed.start();
        claim.quoteEnd = seed.end();
        claim.locator = seed.locator();
        claim.statement = seed.statement();
        claim.attributedTo = seed.attributedTo();
        claim.horizonLabel = seed.horizonLabel();
        claim.horizonUntil = seed.horizonUntil();
        claim.hedgeWords = seed.hedgeWords();
        claim.hedgeBand = seed.hedgeBand();
        return changed;
    }
}
