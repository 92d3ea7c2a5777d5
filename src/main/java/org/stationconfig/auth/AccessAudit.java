package org.stationconfig.auth;

import jakarta.inject.Singleton;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.audit.Source;

/**
 * Access events for the audit log (category ACCESS). Callers pass usernames and addresses, never a password; a
 * username that matches no account is recorded as {@link #UNKNOWN_USER}, because people sometimes type their
 * password into the username field.
 */
@Singleton
public class AccessAudit {

    public static final String UNKNOWN_USER = "(unknown user)";

    private final AuditLog auditLog;

    public AccessAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void accountsCreated(String message) {
        auditLog.record(Source.SYSTEM, "system", Category.ACCESS, "ACCOUNTS_CREATED", message);
    }

    public void loginSucceeded(String username, String address) {
        app(username, "LOGIN_SUCCEEDED", "from " + address);
    }

    public void loginFailed(String principal, String address, String reason) {
        app(principal, "LOGIN_FAILED", reason + ", from " + address);
    }

    /** Failed logins of one account from one address, in aggregate ({@link FailedLoginTally}). */
    public void loginFailures(String principal, String message) {
        app(principal, "LOGIN_FAILED", message);
    }

    public void passwordChanged(String username) {
        app(username, "PASSWORD_CHANGED", "own password changed");
    }

    public void passwordSet(String actor, String username) {
        app(actor, "PASSWORD_SET", "password of " + username + " set");
    }

    public void grantCreated(String actor, AccessGrant grant) {
        app(actor, "GRANT_CREATED", "temporary installer access " + grant.username() + " (grant " + grant.id()
                + ") until " + grant.expiresAt());
    }

    public void grantRevoked(String actor, AccessGrant grant) {
        app(actor, "GRANT_REVOKED", "temporary installer access " + grant.username() + " (grant " + grant.id()
                + ") revoked");
    }

    public void grantUsed(AccessGrant grant, String address) {
        app(grant.username(), "GRANT_USED", "login with grant " + grant.id() + " from " + address);
    }

    private void app(String principal, String event, String message) {
        auditLog.record(Source.APP, principal, Category.ACCESS, event, message);
    }
}
