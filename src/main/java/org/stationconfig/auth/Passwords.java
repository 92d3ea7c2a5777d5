package org.stationconfig.auth;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.api.ProblemException;
import org.stationconfig.i18n.Text;

/**
 * Changes the passwords of the permanent accounts: one's own (always with the current password, on every path), or
 * (service) anyone else's. A change and its audit line commit together; it bumps the account's token version, so
 * every token issued before it stops working, and only after the commit does the running service see the new version.
 */
@Singleton
public class Passwords {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordLogin passwordLogin;
    private final LoginThrottle throttle;
    private final AccessAudit audit;
    private final TokenVersions tokenVersions;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<TokensRevoked> revocations;
    private final Clock clock;

    public Passwords(AccountRepository accounts, PasswordHasher hasher, PasswordLogin passwordLogin,
                     LoginThrottle throttle, AccessAudit audit, TokenVersions tokenVersions,
                     TransactionOperations<Connection> transactions, ApplicationEventPublisher<TokensRevoked> revocations,
                     Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwordLogin = passwordLogin;
        this.throttle = throttle;
        this.audit = audit;
        this.tokenVersions = tokenVersions;
        this.transactions = transactions;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** The user proves the current password; a wrong one is a 422 on {@code currentPassword} and counts as a failure. */
    public void changeOwn(String username, @Nullable String currentPassword, @Nullable String newPassword,
                         String address) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> ProblemException.of(
                HttpStatus.FORBIDDEN, Text.of("problem.forbidden.title"), Text.of("password.onlyPermanentAccounts")));
        proveCurrentPassword(account, currentPassword, newPassword, address);
        commit(account, newPassword, () -> audit.passwordChanged(username));
    }

    /**
     * A service technician sets the password of {@code username}; that account's failed-login count starts over.
     * Setting one's own password this way needs the current one too: a token alone never changes its own password.
     */
    public void set(String actor, String username, @Nullable String currentPassword, @Nullable String newPassword,
                    String address) {
        String name = PasswordLogin.normalise(username);
        if (name.equals(actor)) {
            Account own = accounts.findByUsername(name).orElseThrow();
            proveCurrentPassword(own, currentPassword, newPassword, address);
            commit(own, newPassword, () -> audit.passwordChanged(name));
            return;
        }
        invalidIfPresent(PasswordPolicy.check("newPassword", newPassword).map(List::of).orElse(List.of()));
        Account account = accounts.findByUsername(name).orElseThrow(() -> ProblemException.of(HttpStatus.NOT_FOUND,
                Text.of("password.noAccount.title"), Text.of("password.noAccount.detail", name)));
        commit(account, newPassword, () -> audit.passwordSet(actor, name));
        throttle.reset(name);
    }

    private void proveCurrentPassword(Account account, @Nullable String currentPassword, @Nullable String newPassword,
                                      String address) {
        List<FieldText> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldText("currentPassword", Text.of("password.currentRequired")));
        }
        PasswordPolicy.check("newPassword", newPassword).ifPresent(errors::add);
        invalidIfPresent(errors);
        if (!passwordLogin.isCurrentPassword(account, currentPassword, address)) {
            invalidIfPresent(List.of(new FieldText("currentPassword", Text.of("password.currentWrong"))));
        }
        if (newPassword.equals(currentPassword)) {
            invalidIfPresent(List.of(new FieldText("newPassword", Text.of("password.sameAsCurrent"))));
        }
    }

    // Hashed before the transaction: Argon2 takes a while and must not hold SQLite's write lock meanwhile.
    private synchronized void commit(Account account, String newPassword, Runnable auditLine) {
        String hash = hasher.hash(newPassword);
        long version = transactions.executeWrite(status -> {
            long next = accounts.findById(account.id()).orElseThrow().tokenVersion() + 1;
            accounts.update(account.id(), hash, clock.instant(), next);
            auditLine.run();
            return next;
        });
        tokenVersions.changed(account.username(), version);
        revocations.publishEvent(new TokensRevoked(account.username()));
    }

    private static void invalidIfPresent(List<FieldText> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(Text.of("password.notChanged"), errors);
        }
    }
}
