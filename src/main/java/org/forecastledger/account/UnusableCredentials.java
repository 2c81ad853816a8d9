package org.forecastledger.account;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Drops HTTP Basic credentials whose username holds a NUL character before anything looks the account up:
 * PostgreSQL refuses such a string outright (a 500), and no account can have that name. The request goes on
 * anonymous, so it gets the 401 (or the public page) any wrong credentials would.
 */
@ApplicationScoped
public class UnusableCredentials {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String header = context.request().getHeader("Authorization");
            if (header != null && unusable(header)) {
                context.request().headers().remove("Authorization");
            }
            context.next();
        });
    }

    static boolean unusable(String header) {
        if (header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return (colon < 0 ? credentials : credentials.substring(0, colon)).indexOf('\u0000') >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
