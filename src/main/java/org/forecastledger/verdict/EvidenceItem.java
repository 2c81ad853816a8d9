package org.forecastledger.verdict;

import org.forecastledger.web.UrlPath;

import java.time.LocalDate;

/** A dated fact offered for a verdict: what happened, when, and where it was reported. */
public record EvidenceItem(LocalDate date, String summary, String source, String url) {

    /** An evidence link must be an absolute http(s) address. */
    public static boolean isWebAddress(String url) {
        return UrlPath.isWebAddress(url);
    }
}
