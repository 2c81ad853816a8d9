package org.forecastledger.review;

/** Text as the review pages and messages quote it. */
final class Text {

    private Text() {
    }

    static String shorten(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
