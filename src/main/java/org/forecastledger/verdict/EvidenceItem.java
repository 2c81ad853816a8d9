package org.forecastledger.verdict;

import java.time.LocalDate;

/** A dated fact offered for a verdict: what happened, when, and where it was reported. */
public record EvidenceItem(LocalDate date, String summary, String source, String url) {
}
