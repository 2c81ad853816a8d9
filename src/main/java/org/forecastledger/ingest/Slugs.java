package org.forecastledger.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ids as the seed files spell them: lower-case letters, digits and hyphens. */
final class Slugs {

    private Slugs() {
    }

    /** The slug of {@code text}, cut at a word boundary to at most {@code max} characters. */
    static String of(String text, int max) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() <= max) {
            return plain;
        }
        String cut = plain.substring(0, max);
        int hyphen = cut.lastIndexOf('-');
        return (hyphen > max / 2 ? cut.substring(0, hyphen) : cut).replaceAll("-+$", "");
    }
}
