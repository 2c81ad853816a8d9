package org.forecastledger.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds addresses from ids that may hold any character. */
public final class UrlPath {

    private UrlPath() {
    }

    /** One path segment, percent-encoded (a space as %20, not +). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** True for an absolute http or https address with a host. */
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
