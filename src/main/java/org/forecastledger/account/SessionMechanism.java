package org.forecastledger.account;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Logs a browser in from its sealed session cookie ({@link Sessions} issues it at /login). A cookie that is
 * expired, forged, from before the account's last password change, or of a disabled account counts as no login.
 * HTTP Basic, for scripts, is Quarkus's own mechanism beside this one.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    @Inject
    Sessions sessions;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(SessionCookie.NAME);
        if (cookie == null) {
            return Uni.createFrom().nullItem();
        }
        Instant now = Instant.now();
        Optional<SessionCookie> session = sessions.open(cookie.getValue(), now);
        if (session.isEmpty()) {
            sessions.end(context);
            return Uni.createFrom().nullItem();
        }
        TrustedAuthenticationRequest request = new TrustedAuthenticationRequest(session.get().username());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request)
                .onItem().transform(identity -> {
                    Instant changed = identity.getAttribute(AccountAugmentor.PASSWORD_CHANGED_AT);
                    if (changed != null && changed.getEpochSecond() > session.get().loggedInAt().getEpochSecond()) {
                        sessions.end(context);
                        return null;
                    }
                    sessions.renewIfDue(context, session.get(), now);
                    return identity;
                })
                .onFailure().recoverWithItem(() -> {
                    sessions.end(context);
                    return null;
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, null, null));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TrustedAuthenticationRequest.class);
    }

    /** Below HTTP Basic, so that an anonymous API call is challenged for Basic credentials. */
    @Override
    public int getPriority() {
        return 500;
    }
}
