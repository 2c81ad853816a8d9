package org.forecastledger.account;

import java.time.Instant;

/** An account as the API and the pages show it: never its password or hash. */
public record AccountView(String username, String role, boolean enabled, Instant createdAt, String createdBy) {

    static AccountView of(Account account) {
        return new AccountView(account.username, account.role, account.enabled, account.createdAt, account.createdBy);
    }
}
