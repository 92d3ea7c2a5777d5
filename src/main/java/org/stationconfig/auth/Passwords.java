package org.stationconfig.auth;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.stationconfig.api.Problem;
import org.stationconfig.api.ProblemException;

/** Changes the passwords of the permanent accounts: one's own, or (service) anyone's. */
@Singleton
public class Passwords {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordLogin passwordLogin;
    private final LoginThrottle throttle;
    private final AccessAudit audit;
    private final Clock clock;

    public Passwords(AccountRepository accounts, PasswordHasher hasher, PasswordLogin passwordLogin,
                     LoginThrottle throttle, AccessAudit audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwordLogin = passwordLogin;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** The user proves the current password; a wrong one is a 422 on {@code currentPassword} and counts as a failure. */
    public void changeOwn(String username, String currentPassword, String newPassword, String address) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new Problem.FieldError("currentPassword", "The current password is required."));
        }
        PasswordPolicy.check("newPassword", newPassword).ifPresent(errors::add);
        invalidIfPresent(errors);
        Account account = accounts.findByUsername(username).orElseThrow(() -> ProblemException.of(
                HttpStatus.FORBIDDEN, "Forbidden", "Only the permanent accounts have a password to change."));
        if (!passwordLogin.isCurrentPassword(account, currentPassword, address)) {
            invalidIfPresent(List.of(new Problem.FieldError("currentPassword", "This is not your current password.")));
        }
        if (newPassword.equals(currentPassword)) {
            invalidIfPresent(List.of(new Problem.FieldError("newPassword",
                    "The new password must differ from the current one.")));
        }
        accounts.update(account.id(), hasher.hash(newPassword), clock.instant());
        audit.passwordChanged(username);
    }

    /** A service technician sets the password of {@code username}; that account's failed-login count starts over. */
    public void set(String actor, String username, String newPassword) {
        invalidIfPresent(PasswordPolicy.check("newPassword", newPassword).map(List::of).orElse(List.of()));
        String name = PasswordLogin.normalise(username);
        Account account = accounts.findByUsername(name).orElseThrow(() -> ProblemException.of(HttpStatus.NOT_FOUND,
                "No such account", "There is no account named " + name + "; the accounts are owner, installer "
                        + "and service (temporary installer access has no password to set)."));
        Instant now = clock.instant();
        accounts.update(account.id(), hasher.hash(newPassword), now);
        throttle.succeeded(name);
        audit.passwordSet(actor, name);
    }

    private static void invalidIfPresent(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The password was not changed.", errors);
        }
    }
}
