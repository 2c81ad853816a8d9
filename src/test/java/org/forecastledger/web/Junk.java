package org.forecastledger.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated bad input for the no-500 tests: fixed cases plus seeded random strings, so every run is repeatable. */
public final class Junk {

    private Junk() {
    }

    /** Values for parameters and ids: empty, huge, negative, injection-looking, unicode, control characters. */
    public static List<String> values(Random random) {
        List<String> values = new ArrayList<>(List.of("", " ", "-1", "0", "2147483648", "99999999999999999999",
                "1e9", "NaN", "null", "%", "%%", "_", "'", "\"", "' OR '1'='1", "1; DROP TABLE claim;--",
                "<script>alert(1)</script>", "../../etc/passwd", "\u0000", "😀🎯", "Україна", "ق", "\uFEFF",
                "x".repeat(5000), "2024-02-30", "HELD,FAILED", "held", "{}", "[]", "%00", "%ZZ"));
        for (int i = 0; i < 25; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                value.appendCodePoint(random.nextInt(4) == 0 ? 0x20 + random.nextInt(0x2FF) : 0x20 + random.nextInt(95));
            }
            values.add(value.toString());
        }
        return values;
    }

    /** Bodies for the verdict POST: broken JSON, wrong shapes, extreme values, and generated junk. */
    public static List<String> verdictBodies(Random random) {
        List<String> bodies = new ArrayList<>(List.of("", "{", "}", "null", "[]", "\"x\"", "42", "{\"status\": 5}",
                "{\"evidence\": \"x\"}", "{\"evidence\": [null]}", "{\"expectedRevision\": \"one\"}",
                "{\"expectedRevision\": 99999999999999}", "{\"asOf\": []}", "{\"status\": \"HELD\", \"asOf\": "
                        + "\"2026-11-22\", \"rationale\": \"r\", \"expectedRevision\": -5, \"evidence\": [{}]}"));
        bodies.addAll(List.of("{\"status\": \"HELD\", \"asOf\": \"-999999999-01-01\", \"rationale\": \"r\", "
                        + "\"expectedRevision\": 1}",
                "{\"rationale\": \"" + "r".repeat(9000) + "\", \"evidence\": [{\"url\": \"https://x.org/" + "u".repeat(3000)
                        + "\", \"summary\": \"" + "s".repeat(5000) + "\", \"source\": \"" + "w".repeat(2000) + "\"}]}",
                "{\"status\": \"HELD\", \"asOf\": \"2026-11-22\", \"rationale\": \"r\\u0000\", \"expectedRevision\": 0, "
                        + "\"evidence\": [{\"date\": \"2026-01-01\", \"summary\": \"s\", \"source\": \"w\", "
                        + "\"url\": \"HTTPS://EXAMPLE.ORG\"}]}"));
        for (String value : values(random)) {
            bodies.add("{\"status\": \"" + value.replace("\\", "").replace("\"", "") + "\"}");
            bodies.add(value);
        }
        return bodies;
    }
}
