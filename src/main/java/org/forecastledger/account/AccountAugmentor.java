package org.forecastledger.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Completes an identity that quarkus-security-jpa has checked: a disabled account is turned away, and a role brings
 * the lesser roles it includes (a facilitator may do all a reviewer may). It also records when the account last
 * changed its password, so that older sessions end.
 */
@ApplicationScoped
public class AccountAugmentor implements SecurityIdentityAugmentor {

    public static final String PASSWORD_CHANGED_AT = "ledger.passwordChangedAt";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> complete(identity));
    }

    @ActivateRequestContext
    SecurityIdentity complete(SecurityIdentity identity) {
        Account account = Account.findByUsername(identity.getPrincipal().getName())
                .orElseThrow(() -> new AuthenticationFailedException("no such account"));
        if (!account.enabled) {
            throw new AuthenticationFailedException("the account is disabled");
        }
        return QuarkusSecurityIdentity.builder(identity)
                .addRoles(account.role().granted())
                .addAttribute(PASSWORD_CHANGED_AT, account.passwordChangedAt)
                .build();
    }
}
