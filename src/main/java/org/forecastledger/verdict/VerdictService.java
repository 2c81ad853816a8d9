package org.forecastledger.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.ledger.LedgerWrite;

import java.time.Instant;
import java.util.Optional;

/**
 * The ledger rules: a verdict is appended as a new revision, never edited; a write that names a stale revision is
 * refused, so that nobody's verdict is silently lost.
 */
@ApplicationScoped
public class VerdictService {

    @Inject
    Event<LedgerWrite> written;

    @Inject
    VerdictSubjects subjects;

    /**
     * Appends {@code verdict} as the claim's newest revision.
     *
     * @param expectedRevision the revision the decider saw; null skips the check (only the seed loader does that)
     * @return the new revision, or empty if there is no such claim
     * @throws StaleRevisionException when {@code expectedRevision} is not the claim's newest revision
     */
    @Transactional
    public Optional<VerdictRevision> append(String claimId, NewVerdict verdict, Decider decider,
            Integer expectedRevision) {
        Optional<VerdictSubject> found = subjects.lockForVerdict(claimId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        VerdictSubject claim = found.get();
        if (expectedRevision != null && expectedRevision != claim.currentRevision()) {
            throw new StaleRevisionException(claimId, expectedRevision, claim.currentRevision());
        }
        return Optional.of(appendTo(claim, verdict, decider, null));
    }

    /** Appends to a claim the caller has already loaded inside its own transaction (the seed loader). */
    VerdictRevision appendTo(VerdictSubject claim, NewVerdict verdict, Decider decider, String seedFingerprint) {
        VerdictRevision revision = new VerdictRevision();
        revision.claimId = claim.claimId();
        revision.number = claim.currentRevision() + 1;
        revision.status = verdict.status();
        revision.asOf = verdict.asOf();
        revision.rationale = verdict.rationale();
        revision.decidedByKind = decider.source();
        revision.decidedBy = decider.name();
        revision.reviewSessionId = decider.reviewSessionId();
        revision.decidedAt = Instant.now();
        revision.seedFingerprint = seedFingerprint;
        revision.supersedesId = claim.currentRevision() == 0 ? null
                : VerdictRevision.latest(claim.claimId()).map(previous -> previous.id).orElse(null);
        int position = 0;
        for (EvidenceItem item : verdict.evidence()) {
            Evidence evidence = new Evidence();
            evidence.revision = revision;
            evidence.position = position++;
            evidence.date = item.date();
            evidence.summary = item.summary();
            evidence.source = item.source();
            evidence.url = item.url();
            revision.evidence.add(evidence);
        }
        revision.persist();
        claim.verdictRecorded(revision.status, revision.number);
        written.fire(new LedgerWrite(claim.claimId()));
        return revision;
    }

    /** The seed loader's entry: same rules, recorded with the seed's fingerprint. */
    public VerdictRevision appendFromSeeds(VerdictSubject claim, NewVerdict verdict) {
        return appendTo(claim, verdict, Decider.SEEDS, verdict.fingerprint());
    }
}
