package org.forecastledger.claim;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.forecastledger.verdict.VerdictStatus;

import java.time.ZoneOffset;
import java.util.Set;

/** Turns a filter into an HQL condition on Claim, for the reads the claim index does not answer. */
@ApplicationScoped
public class ClaimConditions {

    /** A filter's HQL condition on an unaliased Claim root, with its named parameters. */
    record Where(String condition, Parameters parameters) {
    }

    @Inject
    FlaggedClaims health;

    @Inject
    DueRule dueRule;

    /** The filter as an HQL condition on Claim (no alias) with its parameters; what is due is judged as of today. */
    Where where(ClaimFilter filter) {
        return where(filter, dueRule.day());
    }

    /** The filter as an HQL condition on Claim (no alias) with its parameters. */
    Where where(ClaimFilter filter, DueRule.Day day) {
        StringBuilder where = new StringBuilder("retired = false");
        Parameters parameters = new Parameters();
        if (filter.year() != null) {
            where.append(" and document.year = :year");
            parameters.and("year", filter.year());
        }
        if (filter.theme() != null) {
            where.append(" and theme.id = :theme");
            parameters.and("theme", filter.theme());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.document() != null) {
            where.append(" and document.id = :document");
            parameters.and("document", filter.document());
        }
        if (filter.attributedTo() != null) {
            where.append(" and attributedTo = :attributedTo");
            parameters.and("attributedTo", filter.attributedTo());
        }
        if (filter.text() != null) {
            where.append(" and (lower(statement) like :text escape '!' or lower(quote) like :text escape '!'"
                    + " or lower(id) like :text escape '!' or lower(attributedTo) like :text escape '!')");
            parameters.and("text", "%" + likeEscaped(filter.text().toLowerCase()) + "%");
        }
        if (filter.changedSince() != null) {
            where.append(" and id in (select v.claimId from VerdictRevision v where v.decidedAt >= :since)");
            parameters.and("since", filter.changedSince().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (filter.due()) {
            where.append(" and ((status = :pending and horizonUntil < :today) or id in (select v.claimId from"
                    + " VerdictRevision v, Claim current where current.id = v.claimId and v.number = current.revision"
                    + " and v.asOf < :staleBefore))");
            parameters.and("pending", VerdictStatus.PENDING).and("today", day.today())
                    .and("staleBefore", day.staleBefore());
        }
        if (filter.health()) {
            Set<String> flagged = health.claimsWithOpenFindings();
            where.append(" and id in :flagged");
            parameters.and("flagged", flagged.isEmpty() ? Set.of("") : flagged);
        }
        return new Where(where.toString(), parameters);
    }

    /** The text as a LIKE pattern's literal part: '!' escapes the wildcards and itself. */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
