package org.forecastledger.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.forecastledger.LedgerConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Issues, renews and ends the session cookie of a browser login. */
@ApplicationScoped
public class Sessions {

    /** A live session's cookie is re-issued at most this often, to slide its idle timeout. */
    private static final Duration RENEW_AFTER = Duration.ofMinutes(1);

    @Inject
    SessionKey key;

    @Inject
    LedgerConfig config;

    public void start(HttpServerResponse response, boolean secure, String username) {
        Instant now = Instant.now();
        write(response, secure, new SessionCookie(username, now, now));
    }

    public void end(RoutingContext context) {
        end(context.response(), context.request().isSSL());
    }

    public void end(HttpServerResponse response, boolean secure) {
        response.addCookie(cookie("", secure).setMaxAge(0));
    }

    Optional<SessionCookie> open(String value, Instant now) {
        return SessionCookie.open(value, key.key())
                .filter(session -> !session.renewedAt().plus(config.accounts().sessionIdleTimeout()).isBefore(now))
                .filter(session -> !session.loggedInAt().plus(config.accounts().sessionMaxAge()).isBefore(now));
    }

    void renewIfDue(RoutingContext context, SessionCookie session, Instant now) {
        if (session.renewedAt().plus(RENEW_AFTER).isBefore(now) && !context.response().headWritten()) {
            write(context.response(), context.request().isSSL(),
                    new SessionCookie(session.username(), session.loggedInAt(), now));
        }
    }

    private void write(HttpServerResponse response, boolean secure, SessionCookie session) {
        response.addCookie(cookie(session.seal(key.key()), secure)
                .setMaxAge(config.accounts().sessionIdleTimeout().toSeconds()));
    }

    private static Cookie cookie(String value, boolean secure) {
        return Cookie.cookie(SessionCookie.NAME, value)
                .setPath("/")
                .setHttpOnly(true)
                .setSecure(secure)
                .setSameSite(CookieSameSite.LAX);
    }
}
