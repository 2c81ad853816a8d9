package org.forecastledger.account;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.forecastledger.LedgerConfig;
import org.forecastledger.web.InvalidInputException;

/**
 * At start, makes sure the first facilitator exists (LEDGER_ADMIN_USER, default admin). Without
 * LEDGER_ADMIN_PASSWORD a random password is generated and printed once: the only secret this application logs.
 */
@ApplicationScoped
public class AccountBootstrap {

    @Inject
    AccountService accounts;

    @Inject
    LedgerConfig config;

    void onStart(@Observes StartupEvent start) {
        String admin = config.accounts().adminUser();
        try {
            accounts.ensureAdmin(admin, config.accounts().adminPassword()).ifPresentOrElse(
                    password -> Log.warnf("Created the first facilitator '%s' with the one-time password %s — log in "
                            + "at /login and change it at /account. It is not shown again.", admin, password),
                    () -> Log.debugf("Facilitator account '%s' present", admin));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("Cannot create the first facilitator from LEDGER_ADMIN_USER / "
                    + "LEDGER_ADMIN_PASSWORD: " + e.getMessage());
        }
    }
}
