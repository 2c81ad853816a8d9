package org.forecastledger.health;

import java.util.List;

/**
 * One thing the health checks found: the rule, the claims concerned (empty for a finding about a theme, year or
 * document, which {@code subject} names), what is wrong in words, and the curator's note when it is an accepted
 * exception.
 */
public record Finding(String rule, String ruleTitle, List<String> claimIds, String subject, String explanation,
        String acceptedNote) {

    static Finding of(HealthRule rule, List<String> claimIds, String subject, String explanation) {
        return new Finding(rule.id, rule.title, List.copyOf(claimIds), subject, explanation, null);
    }

    Finding accepted(String note) {
        return new Finding(rule, ruleTitle, claimIds, subject, explanation, note);
    }

    /** The page of what a claim-less finding is about: a theme, a year column or a document. */
    public String subjectHref() {
        if (subject == null) {
            return null;
        }
        String id = subject.substring(subject.indexOf(':') + 1);
        return subject.startsWith("theme:") ? "/themes/" + id
                : subject.startsWith("year:") ? "/claims?year=" + id : "/documents/" + id;
    }

    /** An accepted exception, listed as explained rather than as a problem. */
    public boolean explained() {
        return acceptedNote != null;
    }
}
