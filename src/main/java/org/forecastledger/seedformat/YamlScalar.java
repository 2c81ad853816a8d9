package org.forecastledger.seedformat;

/**
 * The one escaping of text in the seed files: every text value is written as a YAML double-quoted scalar, so that
 * nothing in it can be misread (a leading {@code -} or {@code #}, {@code ": "}, {@code " #"}, {@code yes},
 * {@code null}, a number or a date, surrounding spaces, an empty text). Quotes, backslashes, line breaks and every
 * character YAML does not allow unescaped in a file (C0 and C1 controls, NEL, the Unicode line and paragraph
 * separators, the byte order mark, non-characters, lone surrogates) are escaped; everything else, including any
 * other Unicode, is written as it is.
 */
public final class YamlScalar {

    private YamlScalar() {
    }

    /** {@code text} as a YAML double-quoted scalar that reads back exactly as {@code text}. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isPrintable(c)) {
                        out.appendCodePoint(c);
                    } else {
                        out.append(String.format("\\u%04X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** Whether YAML lets {@code c} stand unescaped inside a double-quoted scalar without changing its meaning. */
    private static boolean isPrintable(int c) {
        return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0x2028 && c != 0x2029 && c != 0xFEFF
                && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF);
    }
}
