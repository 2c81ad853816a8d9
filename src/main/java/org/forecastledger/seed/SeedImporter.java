package org.forecastledger.seed;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.forecastledger.cluster.ClusterLock;
import org.forecastledger.claim.Claim;
import org.forecastledger.claim.ClaimLink;
import org.forecastledger.document.Document;
import org.forecastledger.health.HealthException;
import org.forecastledger.seed.SeedSet.ClaimSeed;
import org.forecastledger.seed.SeedSet.DocumentSeed;
import org.forecastledger.seed.SeedSet.LinkSeed;
import org.forecastledger.seed.SeedSet.ThemeSeed;
import org.forecastledger.theme.Theme;
import org.forecastledger.verdict.DecisionSource;
import org.forecastledger.verdict.VerdictRevision;
import org.forecastledger.verdict.VerdictService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Upserts a validated seed set by stable id. Idempotent: unchanged seeds change no row. A changed seed verdict is
 * appended as a new revision, unless a reviewer or a review session has decided since: their verdict stands.
 */
@ApplicationScoped
public class SeedImporter {

    /** What one import did, for the start-up log and the tests. */
    public record Report(int documentsWritten, int claimsWritten, int linksWritten, int revisionsAppended,
            List<String> seedChangesHeldBack, List<String> retired) {
    }

    @Inject
    EntityManager em;

    @Inject
    VerdictService verdicts;

    @Inject
    ClusterLock startupLock;

    @Transactional
    public Report importSeeds(SeedSet seeds) {
        // instances starting together load the seeds one after the other: the later ones find nothing to write
        startupLock.hold(ClusterLock.STARTUP);
        Map<String, Theme> themes = upsertThemes(seeds.themes());
        int[] documentsWritten = {0};
        Map<String, Document> documents = upsertDocuments(seeds.documents(), documentsWritten);
        Map<String, Claim> existing = Claim.<Claim>listAll().stream()
                .collect(Collectors.toMap(claim -> claim.id, Function.identity()));
        int claimsWritten = 0;
        for (ClaimSeed seed : seeds.claims()) {
            Claim claim = existing.get(seed.id());
            if (claim == null) {
                claim = new Claim();
                claim.id = seed.id();
                existing.put(claim.id, claim);
                copy(seed, claim, documents, themes);
                claim.persist();
                claimsWritten++;
            } else if (copy(seed, claim, documents, themes)) {
                claimsWritten++;
            }
        }
        Set<String> seeded = seeds.claims().stream().map(ClaimSeed::id).collect(Collectors.toSet());
        List<String> retired = new ArrayList<>();
        for (Claim claim : existing.values()) {
            boolean gone = !seeded.contains(claim.id);
            if (claim.retired != gone) {
                claimsWritten++;
                if (gone) {
                    retired.add(claim.id);
                }
            }
            claim.retired = gone;
        }
        retired.forEach(id -> Log.warnf("Claim '%s' is no longer in the seed files: it is retired (kept with its "
                + "ledger, left out of lists and scores)", id));
        em.flush();
        int linksWritten = syncLinks(seeds.claims());
        HealthException.sync(seeds.claims().stream().flatMap(seed -> seed.healthExceptions().stream()
                .map(exception -> new HealthException.Key(seed.id(), exception.linkKind(), exception.linkClaimId(),
                        exception.rule(), exception.note()))).toList());
        Map<String, VerdictRevision> latest = latestRevisions();
        int appended = 0;
        List<String> heldBack = new ArrayList<>();
        for (ClaimSeed seed : seeds.claims()) {
            Claim claim = existing.get(seed.id());
            VerdictRevision newest = latest.get(seed.id());
            String fingerprint = seed.verdict().fingerprint();
            if (newest == null) {
                verdicts.appendFromSeeds(claim, seed.verdict());
                appended++;
            } else if (newest.decidedByKind != DecisionSource.SEED) {
                VerdictRevision lastSeed = VerdictRevision.latestFromSeeds(seed.id()).orElse(null);
                if (lastSeed == null || !fingerprint.equals(lastSeed.seedFingerprint)) {
                    heldBack.add(seed.id());
                }
            } else if (!fingerprint.equals(newest.seedFingerprint)) {
                verdicts.appendFromSeeds(claim, seed.verdict());
                appended++;
            }
        }
        heldBack.forEach(id -> Log.warnf("Seed verdict of claim '%s' changed, but a reviewer's verdict is newer: "
                + "the reviewer's verdict stands and the seed change is not applied", id));
        return new Report(documentsWritten[0], claimsWritten, linksWritten, appended, List.copyOf(heldBack),
                List.copyOf(retired));
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
    private static boolean copy(ClaimSeed seed, Claim claim, Map<String, Document> documents,
            Map<String, Theme> themes) {
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
        claim.document = documents.get(seed.documentId());
        claim.theme = themes.get(seed.themeId());
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
        for (ClaimLink link : ClaimLink.<ClaimLink>listAll()) {
            stored.computeIfAbsent(link.claimId, id -> new HashSet<>()).add(new LinkSeed(link.kind, link.targetClaimId));
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

    private Map<String, VerdictRevision> latestRevisions() {
        List<VerdictRevision> newest = VerdictRevision.list("from VerdictRevision v where exists "
                + "(select 1 from Claim c where c.id = v.claimId and c.revision = v.number)");
        return newest.stream().collect(Collectors.toMap(revision -> revision.claimId, Function.identity()));
    }
}
