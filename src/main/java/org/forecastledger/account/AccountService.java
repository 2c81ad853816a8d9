package org.forecastledger.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.forecastledger.cluster.ClusterLock;
import org.forecastledger.web.Fields;
import org.forecastledger.web.InvalidInputException;
import org.forecastledger.web.NotFoundProblem;
import org.forecastledger.web.Problem.FieldError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creates and manages accounts. Passwords are stored as bcrypt hashes only and never logged or returned. */
@ApplicationScoped
public class AccountService {

    @Inject
    ClusterLock startupLock;

    @Transactional
    public List<AccountView> list() {
        return Account.listByName().stream().map(AccountView::of).toList();
    }

    @Transactional
    public Optional<AccountView> find(String username) {
        return Account.findByUsername(username).map(AccountView::of);
    }

    /**
     * Creates an account; every bad field is reported at once.
     *
     * @throws InvalidInputException for a bad or taken username, a bad role or a weak password
     */
    @Transactional
    public AccountView create(String username, String password, String role, String createdBy) {
        List<FieldError> errors = new ArrayList<>(Passwords.all(
                Passwords.usernameProblem("username", username),
                Passwords.problem("password", password, username)));
        Optional<Role> parsedRole = Role.parse(role);
        if (parsedRole.isEmpty()) {
            String allowed = "[viewer, reviewer, facilitator]";
            errors.add(new FieldError("role", Fields.blank(role) ? Fields.requiredOneOf(allowed)
                    : Fields.notOneOf(allowed, role)));
        }
        if (errors.stream().noneMatch(error -> error.field().equals("username"))
                && Account.findByUsername(username).isPresent()) {
            errors.add(new FieldError("username", "is already taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = new Account();
        account.username = username;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.role = parsedRole.get().id;
        account.enabled = true;
        account.createdAt = Instant.now();
        account.createdBy = createdBy;
        account.passwordChangedAt = account.createdAt;
        account.persist();
        Log.infof("Account '%s' (%s) created by %s", account.username, account.role, createdBy);
        return AccountView.of(account);
    }

    /**
     * Disables or re-enables an account. Its verdicts and votes keep its name. Nobody disables themselves, and the
     * last enabled facilitator stays, so that someone can always manage accounts.
     */
    @Transactional
    public AccountView setEnabled(String username, boolean enabled, String by) {
        Account account = Account.findByUsername(username).orElseThrow(() -> new NotFoundProblem("account", username));
        if (!enabled && account.username.equals(by)) {
            throw new InvalidInputException("username", "you cannot disable your own account");
        }
        if (!enabled && account.enabled && Role.FACILITATOR.id.equals(account.role)
                && Account.countEnabledFacilitators() <= 1) {
            throw new InvalidInputException("username", "is the last enabled facilitator and must stay enabled");
        }
        if (account.enabled != enabled) {
            account.enabled = enabled;
            Log.infof("Account '%s' %s by %s", account.username, enabled ? "enabled" : "disabled", by);
        }
        return AccountView.of(account);
    }

    /**
     * Changes a password after checking the current one. Sessions opened before the change end.
     *
     * @throws InvalidInputException when the current password is wrong or the new one is weak or unconfirmed
     */
    @Transactional
    public void changePassword(String username, String current, String replacement, String confirmation) {
        Account account = Account.findByUsername(username).orElseThrow(() -> new NotFoundProblem("account", username));
        List<FieldError> errors = new ArrayList<>();
        if (current == null || !BcryptUtil.matches(current, account.passwordHash)) {
            errors.add(new FieldError("currentPassword", "is not your current password"));
        }
        Passwords.problem("newPassword", replacement, username).ifPresent(errors::add);
        if (confirmation != null && !confirmation.equals(replacement)) {
            errors.add(new FieldError("confirmPassword", "does not match the new password"));
        }
        if (errors.isEmpty() && BcryptUtil.matches(replacement, account.passwordHash)) {
            errors.add(new FieldError("newPassword", "must differ from the current password"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.passwordHash = BcryptUtil.bcryptHash(replacement);
        // whole seconds: the session cookie records its login time in seconds
        account.passwordChangedAt = Instant.ofEpochSecond(Instant.now().getEpochSecond());
        Log.infof("Account '%s' changed its password", account.username);
    }

    /**
     * A facilitator sets someone's password, e.g. for an account restored from a backup without password hashes.
     * Sessions opened before end.
     */
    @Transactional
    public void setPassword(String username, String password, String by) {
        Account account = Account.findByUsername(username).orElseThrow(() -> new NotFoundProblem("account", username));
        Passwords.problem("password", password, username).ifPresent(error -> {
            throw new InvalidInputException(List.of(error));
        });
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.passwordChangedAt = Instant.ofEpochSecond(Instant.now().getEpochSecond());
        Log.infof("Account '%s' got a new password from %s", account.username, by);
    }

    /** Creates the first facilitator unless an account of that name exists; returns the generated password, if any. */
    @Transactional
    public Optional<String> ensureAdmin(String username, Optional<String> configuredPassword) {
        // instances starting together create the first facilitator once
        startupLock.hold(ClusterLock.STARTUP);
        if (Account.findByUsername(username).isPresent()) {
            return Optional.empty();
        }
        String password = configuredPassword.filter(value -> !value.isEmpty()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Passwords.generate();
        }
        create(username, password, Role.FACILITATOR.id, "first start");
        return generated ? Optional.of(password) : Optional.empty();
    }
}
