package org.forecastledger.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who is asking, for the pages' personal part ({@code inject:me} in templates) and for resources. Rendered on every
 * request, never cached. Credentials that fail to authenticate count as nobody logged in, and so does every
 * request to an unknown address (its error page is rendered on the event loop, where credentials are not checked).
 */
@RequestScoped
@Named("me")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private Boolean anonymous;

    public boolean isLoggedIn() {
        if (anonymous == null) {
            if (io.vertx.core.Context.isOnEventLoopThread()) {
                // an error page rendered outside any resource (an unknown address): checking credentials would
                // block the event loop, so the page is rendered as for a visitor
                anonymous = true;
                return false;
            }
            try {
                anonymous = identity.isAnonymous();
            } catch (AuthenticationFailedException e) {
                anonymous = true;
            }
        }
        return !anonymous;
    }

    /** The username, or null when nobody is logged in. */
    public String getName() {
        return isLoggedIn() ? identity.getPrincipal().getName() : null;
    }

    public boolean isReviewer() {
        return isLoggedIn() && identity.hasRole(Role.REVIEWER.id);
    }

    public boolean isFacilitator() {
        return isLoggedIn() && identity.hasRole(Role.FACILITATOR.id);
    }

    /** The highest role held, for display. */
    public String getRole() {
        if (isFacilitator()) {
            return Role.FACILITATOR.id;
        }
        return isReviewer() ? Role.REVIEWER.id : isLoggedIn() ? Role.VIEWER.id : null;
    }
}
