package org.forecastledger.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and date formats shared by the templates. */
@TemplateExtension
public class Formats {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    static String percent(double value) {
        return Math.round(value * 100) + " %";
    }

    static String fixed3(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String utc(Instant instant) {
        return instant == null ? "" : TIMESTAMP.format(instant);
    }
}
