package org.forecastledger.seed;

import org.forecastledger.ledger.LedgerWrite;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.forecastledger.cluster.ClusterLock;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.ClaimSearch;
import org.forecastledger.claim.ClaimLink;
import org.forecastledger.claim.LinkKind;
import org.forecastledger.document.Document;
import org.forecastledger.health.HealthExplanation;
import org.forecastledger.seedformat.SeedSet;
import org.forecastledger.seedformat.SeedSet.ClaimSeed;
import org.forecastledger.seedformat.SeedSet.DocumentSeed;
import org.forecastledger.seedformat.SeedSet.LinkSeed;
import org.forecastledger.seedformat.SeedSet.ThemeSeed;
import org.forecastledger.claim.Theme;
import org.forecastledger.verdict.DecisionSource;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.verdict.VerdictService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 */
@ApplicationScoped
public class SeedImporter {

    /** What one import did, for the start-up log and the tests. */
    public record Report(int documentsWritten, int claimsWritten, int linksWritten, int revisionsAppended,
            List<String> seedChangesHeldBack, List<String> retired) {
    }

    @Inject
    ClaimSearch search;

    @Inject
    EntityManager em;

    @Inject
    VerdictService verdicts;

    @Inject
    Event<LedgerWrite> written;

    /** Claims handled per step: the persistence context is flushed and cleared after each, bounding memory. */
    static final int CHUNK = 500;

    /** A large corpus on a busy machine takes longer than the default 60 s transaction timeout. */
    static final int LOAD_TIMEOUT_SECONDS = 3600;

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
        upsertThemes(seeds.themes());
        int[] documentsWritten = {0};
        upsertDocuments(seeds.documents(), documentsWritten);
        em.flush();
        em.clear();
        int claimsWritten = 0;
        for (List<ClaimSeed> chunk : chunks(seeds.claims())) {
            Map<String, Claim> existing = claimsOf(chunk);
            List<String> written = new ArrayList<>();
            for (ClaimSeed seed : chunk) {
                Claim claim = existing.get(seed.id());
                if (claim == null) {
                    claim = new Claim();
                    claim.id = seed.id();
                    copy(seed, claim);
                    claim.persist();
                    written.add(claim.id);
                } else if (copy(seed, claim)) {
                    written.add(claim.id);
                }
            }
            em.flush();
            search.refresh(written);
            claimsWritten += written.size();
            em.clear();
        }
        Set<String> seeded = seeds.claims().stream().map(ClaimSeed::id).collect(Collectors.toSet());
        List<String> retired = new ArrayList<>();
        List<String> returned = new ArrayList<>();
        for (Object[] row : em.createQuery("select c.id, c.retired, c.document.uploadedBy from Claim c order by c.id", Object[].class)
                .getResultList()) {
            // claims of uploaded documents live in the database only, until a team commits them to the seeds
            boolean gone = !seeded.contains((String) row[0]) && row[2] == null;
            if ((Boolean) row[1] != gone) {
                (gone ? retired : returned).add((String) row[0]);
            }
        }
        claimsWritten += retired.size() + returned.size();
        setRetired(retired, true);
        setRetired(returned, false);
        retired.forEach(id -> Log.warnf("Claim '%s' is no longer in the seed files: it is retired (kept with its "
                + "ledger, left out of lists and scores)", id));
        int linksWritten = syncLinks(seeds.claims());
        HealthExplanation.sync(HealthExplanationSeeds.keys(seeds.claims()));
        em.flush();
        em.clear();
        int appended = 0;
        List<String> heldBack = new ArrayList<>();
        for (List<ClaimSeed> chunk : chunks(seeds.claims())) {
            Map<String, Claim> claims = claimsOf(chunk);
            Map<String, VerdictRevision> latest = latestRevisions(claims.keySet());
            for (ClaimSeed seed : chunk) {
                Claim claim = claims.get(seed.id());
                VerdictRevision newest = latest.get(seed.id());
                String fingerprint = seed.verdict().fingerprint();
                if (newest == null) {
                    verdicts.appendFromSeeds(claim, seed.verdict());
                    appended++;
                } else if (newest.decidedByKind != DecisionSource.SEED) {
                    if (fingerprint.equals(newest.verdict().fingerprint())) {
                        continue; // the seed has caught up with the reviewer's verdict (e.g. a session's seed patch)
                    }
                    VerdictRevision lastSeed = VerdictRevision.latestFromSeeds(seed.id()).orElse(null);
                    if (lastSeed == null || !fingerprint.equals(lastSeed.seedFingerprint)) {
                        heldBack.add(seed.id());
                    }
                } else if (!fingerprint.equals(newest.seedFingerprint)) {
                    verdicts.appendFromSeeds(claim, seed.verdict());
                    appended++;
                }
            }
            em.flush();
            em.clear();
        }
        written.fire(LedgerWrite.anything());
        heldBack.forEach(id -> Log.warnf("Seed verdict of claim '%s' changed, but a reviewer's verdict is newer: "
                + "the reviewer's verdict stands and the seed change is not applied", id));
        return new Report(documentsWritten[0], claimsWritten, linksWritten, appended, List.copyOf(heldBack),
                List.copyOf(retired));
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static Map<String, Claim> claimsOf(List<ClaimSeed> chunk) {
        return Claim.<Claim>list("id in ?1", chunk.stream().map(ClaimSeed::id).toList()).stream()
                .collect(Collectors.toMap(claim -> claim.id, Function.identity()));
    }

    private void setRetired(List<String> ids, boolean retired) {
        for (List<String> chunk : chunks(ids)) {
            em.createQuery("update Claim c set c.retired = :retired where c.id in :ids")
                    .setParameter("retired", retired).setParameter("ids", chunk).executeUpdate();
        }
    }

    private Map<String, Theme> upsertThemes(List<ThemeSeed> seeds) {
        Map<String, Theme> themes = new HashMap<>();
        for (ThemeSeed seed : seeds) {
            Theme theme = Theme.findById(seed.id());
            if (theme == null) {
                theme = new Theme();
                theme.id = seed.id();
                copy(seed, theme);
                theme.persist();
            } else {
                copy(seed, theme);
            }
            themes.put(theme.id, theme);
        }
        return themes;
    }

    private static void copy(ThemeSeed seed, Theme theme) {
        theme.title = seed.title();
        theme.description = seed.description();
        theme.position = seed.position();
    }

    private Map<String, Document> upsertDocuments(List<DocumentSeed> seeds, int[] written) {
        Map<String, Document> documents = new HashMap<>();
        for (DocumentSeed seed : seeds) {
            Document document = Document.findById(seed.id());
            boolean isNew = document == null;
            if (isNew) {
                document = new Document();
                document.id = seed.id();
            }
            boolean changed = !Objects.equals(document.sha256, seed.sha256())
                    || !Objects.equals(document.title, seed.title()) || document.year != seed.year()
                    || document.kind != seed.kind() || !Objects.equals(document.author, seed.author())
                    || !Objects.equals(document.outlet, seed.outlet())
                    || !Objects.equals(document.publishedOn, seed.publishedOn())
                    || !Objects.equals(document.datingNote, seed.datingNote())
                    || !Objects.equals(document.fileName, seed.fileName());
            if (document.isUploaded()) {
                // the seed files now hold this uploaded document: from here on they own it
                document.uploadedBy = null;
                document.uploadedAt = null;
            }
            if (changed) {
                document.fileName = seed.fileName();
                document.title = seed.title();
                document.year = seed.year();
                document.kind = seed.kind();
                document.author = seed.author();
                document.outlet = seed.outlet();
                document.publishedOn = seed.publishedOn();
                document.datingNote = seed.datingNote();
                document.sha256 = seed.sha256();
                document.body = seed.text();
                written[0]++;
            }
            if (isNew) {
                document.persist();
            }
            documents.put(document.id, document);
        }
        return documents;
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

    /** Makes each seeded claim's outgoing links exactly those of its seed; touches nothing that is already right. */
    private int syncLinks(List<ClaimSeed> seeds) {
        Map<String, Set<LinkSeed>> stored = new HashMap<>();
        for (Object[] link : em.createQuery("select l.claimId, l.kind, l.targetClaimId from ClaimLink l", Object[].class)
                .getResultList()) {
            stored.computeIfAbsent((String) link[0], id -> new HashSet<>())
                    .add(new LinkSeed((LinkKind) link[1], (String) link[2]));
        }
        int written = 0;
        for (ClaimSeed seed : seeds) {
            Set<LinkSeed> wanted = new HashSet<>(seed.links());
            Set<LinkSeed> have = stored.getOrDefault(seed.id(), Set.of());
            if (wanted.equals(have)) {
                continue;
            }
            for (LinkSeed gone : have) {
                if (!wanted.contains(gone)) {
                    ClaimLink.delete("claimId = ?1 and kind = ?2 and targetClaimId = ?3", seed.id(), gone.kind(),
                            gone.claimId());
                    written++;
                }
            }
            for (LinkSeed added : wanted) {
                if (!have.contains(added)) {
                    ClaimLink link = new ClaimLink();
                    link.claimId = seed.id();
                    link.kind = added.kind();
                    link.targetClaimId = added.claimId();
                    link.persist();
                    written++;
                }
            }
        }
        return written;
    }

    private Map<String, VerdictRevision> latestRevisions(Set<String> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        List<VerdictRevision> newest = VerdictRevision.list("from VerdictRevision v where v.claimId in ?1 and exists "
                + "(select 1 from Claim c where c.id = v.claimId and c.revision = v.number)", claimIds);
        return newest.stream().collect(Collectors.toMap(revision -> revision.claimId, Function.identity()));
    }
}
