package org.forecastledger.web;

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
}
