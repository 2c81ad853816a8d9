package org.forecastledger.verdict;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

/** A dated fact offered for a verdict: what happened, when, and where it was reported. */
public record EvidenceItem(LocalDate date, String summary, String source, String url) {

    /** An evidence link must be an absolute http(s) address. */
    public static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url.trim());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
