package org.forecastledger.claim;

import java.util.Set;

/**
 * A filter made ready for the reads of one page: the claims its text matches are looked up once (when the index
 * answers; null when there is no text or the database answers) and the day that decides what is due is fixed, so
 * the counts and the cards of one dashboard render scan the search table once and agree on the day.
 */
public record ClaimSelection(ClaimFilter filter, Set<String> textMatches, DueRule.Day day) {

    boolean test(ClaimIndex.Entry entry) {
        return (textMatches == null || textMatches.contains(entry.id()))
                && (filter.year() == null || entry.year() == filter.year())
                && (filter.theme() == null || entry.theme().equals(filter.theme()))
                && (filter.status() == null || entry.status() == filter.status())
                && (filter.document() == null || entry.document().equals(filter.document()))
                && (filter.attributedTo() == null || filter.attributedTo().equals(entry.attributedTo()))
                && (!filter.due() || entry.due(day));
    }
}
