package org.forecastledger.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.forecastledger.verdict.VerdictStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A review session as one person may see it, for the pages and the JSON API. Before an item's reveal it carries
 * the vote count and the person's own vote, never anybody else's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(long id, String title, String agenda, String state, String facilitator,
        Instant createdAt, Instant closedAt, String currentClaimId, long version, List<ParticipantView> participants,
        List<ItemView> items, AgreementView agreement) {

    /** A line of the session list. */
    public record Summary(long id, String title, String state, String facilitator, Instant createdAt, long items,
            long decided) {
    }

    public record ParticipantView(String username, String role, Instant joinedAt) {
    }

    /** One agenda item; {@code votes} and {@code spread} only after the reveal, {@code yourVote} only your own. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(String claimId, int position, String statement, String quote, String phase,
            int voteCount,
            @Schema(description = "Every vote, only once the item has been revealed") List<VoteView> votes,
            @Schema(description = "Votes per status, only once the item has been revealed") Map<String, Integer> spread,
            @Schema(description = "The caller's own vote, before and after the reveal") VoteView yourVote,
            VerdictStatus previousStatus, int previousRevision, VerdictStatus currentStatus, int currentRevision,
            String pairwiseAgreement, DecisionView decision) {

        /** The item's number on the agenda, from 1. */
        public int number() {
            return position + 1;
        }

        public boolean voting() {
            return "VOTING".equals(phase);
        }

        public boolean revealed() {
            return votes != null;
        }

        /** The verdict changed on the ledger since the item was opened (a decision would be refused). */
        public boolean moved() {
            return decision == null && currentRevision != previousRevision;
        }
    }

    public record VoteView(String voter, VerdictStatus status, String confidence, String note, String evidence,
            Instant castAt) {
    }

    /** The decision and the dissent on record: every vote whose status differs from it. */
    public record DecisionView(VerdictStatus status, int revision, LocalDate asOf, String rationale,
            String decidedBy, Instant decidedAt, boolean changed, List<String> dissent) {
    }

    public ItemView item(String claimId) {
        return items.stream().filter(item -> item.claimId().equals(claimId)).findFirst().orElse(null);
    }

    public boolean open() {
        return "OPEN".equals(state);
    }
}
