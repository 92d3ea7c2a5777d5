package org.stationconfig.ocpp.session;

import java.time.Instant;
import java.util.Locale;
import org.stationconfig.i18n.Bundle;
import org.stationconfig.ocpp.outbox.OutboundMessage;
import org.stationconfig.ocpp.outbox.QueuedAction;
import org.stationconfig.ocpp.status.LastError;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.ocpp.transport.DialFailure;

/**
 * Turns what went wrong into the status's {@code lastError}: what happened, in words, and what the installer should
 * change (field notes: users fall back to Wireshark when a station only says "offline").
 */
public final class Diagnoses {

    private Diagnoses() {
    }

    public static LastError of(DialFailure failure, Instant at, int attempts) {
        String hint = Bundle.find(Locale.ENGLISH, "status.hint." + failure.code()).orElseGet(() ->
                failure.stage() == DialFailure.Stage.TLS
                        ? "Check the central system's certificate against the root installed on the station, and the clock."
                        : "The server answered HTTP " + failure.httpStatus() + " instead of upgrading to a WebSocket: "
                          + "check that the URL points to the OCPP-J endpoint, not a web page or a proxy.");
        return new LastError(failure.stage().name(), failure.code(), failure.getMessage(), hint, at, attempts,
                failure.httpStatus() > 0 ? failure.httpStatus() : null, null, null, null, null);
    }

    /**
     * HTTP 401 with the access key's form in mind (field notes, SteVe): the same hex string typed on both sides fails
     * when one side sends its bytes and the other compares the text. Names the setting that switches the form.
     */
    static LastError unauthorized(LastError error, ConnectionParameters dialled) {
        String key = dialled.accessKey();
        if (key == null || !"HTTP_401".equals(error.code())) {
            return error;
        }
        String digits = key.substring(key.indexOf(':') + 1);
        boolean hexDigits = digits.chars().allMatch(c -> Character.digit(c, 16) >= 0) && digits.length() % 2 == 0;
        String hint;
        if (key.startsWith("hex:") && !dialled.hexAsText()) {
            hint = "The central system refused the credentials. The access key is a hex key, sent as its "
                    + digits.length() / 2 + " raw bytes (whitepaper form). If the central system was given the same "
                    + digits.length() + " characters as a text password, that is the likely mismatch: turn on "
                    + "authorizationKeyHexAsText (the digits are then sent as text), or enter the key again with "
                    + "accessKeyFormat text. Otherwise check the charge point id (case matters) and the key.";
        } else if (key.startsWith("hex:")) {
            hint = "The central system refused the credentials. authorizationKeyHexAsText is on, so the hex key's "
                    + digits.length() + " characters are sent as text. If the central system decodes the hex (whitepaper "
                    + "form), that is the likely mismatch: turn authorizationKeyHexAsText off. Otherwise check the charge "
                    + "point id (case matters) and the key.";
        } else if (hexDigits && digits.length() >= 32 && digits.length() <= 40) {
            hint = "The central system refused the credentials. The access key looks like hex but is stored as text "
                    + "(accessKeyFormat text), so its characters are sent as they are. If the central system decodes "
                    + "the hex, that is the likely mismatch: enter the key again with accessKeyFormat hex (or auto). "
                    + "Otherwise check the charge point id (case matters) and the key.";
        } else {
            return error;
        }
        return error.withHint(hint);
    }

    /** The last-known-good settings, restored after new ones failed, fail too: say that neither works (SPEC §3). */
    static LastError rollbackFailsToo(LastError error, String rollbackReason) {
        String before = "The new settings had failed before: " + rollbackReason + ".";
        return error.withMessage("Both failed: the previous connection settings, restored after the new ones failed, "
                + "fail too. " + error.message()).withHint(error.hint() == null ? before : error.hint() + " " + before);
    }

    public static LastError bootRejected(int interval, Instant at, int attempts) {
        return boot("BOOT_REJECTED", "The central system rejected the registration (BootNotification Rejected).",
                hint("BOOT_REJECTED", interval), interval, at, attempts);
    }

    public static LastError bootPending(int interval, Instant at, int attempts) {
        return boot("BOOT_PENDING", "The central system holds the registration in Pending.",
                hint("BOOT_PENDING", interval), interval, at, attempts);
    }

    public static LastError bootTimeout(Instant at, int attempts) {
        return new LastError("BOOT", "BOOT_TIMEOUT", "The central system did not answer the BootNotification.",
                hint("BOOT_TIMEOUT"), at, attempts, null, null, null, null, null);
    }

    public static LastError pingTimeout(int seconds, Instant at, int attempts) {
        return new LastError("PING_TIMEOUT", "PING_TIMEOUT", "No answer to the WebSocket ping within " + seconds + " s; "
                + "the link was declared dead and closed.",
                hint("PING_TIMEOUT"), at, attempts, null, null, null, null, null);
    }

    public static LastError closedByServer(int code, String reason, Instant at, int attempts) {
        return new LastError("CLOSED", "CLOSED_BY_SERVER", "The central system closed the connection (code " + code
                + (reason == null || reason.isBlank() ? "" : ", \"" + reason + "\"") + ").",
                hint("CLOSED_BY_SERVER"), at, attempts, null, code, reason, null, null);
    }

    /**
     * An outbox message the central system did not answer within MessageTimeout while the link stayed up (proof suite
     * 3 of RELIABILITY.md: before, only the outbox said NO_ANSWER). Not a failed connection attempt: the state stays.
     */
    static LastError callTimeout(OutboundMessage message, SettingsSnapshot settings, Instant at) {
        int attempts = settings.intValue("transactionMessageAttempts");
        int retryIn = settings.intValue("transactionMessageRetryInterval") * message.send();
        boolean transaction = QueuedAction.fromOcppName(message.action())
                .map(QueuedAction::isTransactionMessage).orElse(true);
        String next;
        if (message.send() >= attempts) {
            next = "That was the last of " + attempts + " sends (transactionMessageAttempts): the message is "
                    + (transaction ? "parked in the outbox (GET /api/v1/outbox) until it is requeued." : "dropped.");
        } else {
            next = "The message is sent again after " + retryIn + " s (transactionMessageRetryInterval × " + message.send()
                    + ", send " + message.send() + " of " + attempts + ")"
                    + (transaction ? "." : ", behind the transaction messages queued after it.");
        }
        return new LastError("CALL", "CALL_TIMEOUT", "The central system did not answer " + message.action()
                + " within MessageTimeout (" + settings.intValue("messageTimeout") + " s).", next + " An answer that "
                + "comes later is ignored. Check the central system's load and logs for this message; if its answers "
                + "are only slow, raise messageTimeout.", at, message.send(), null, null, null, null, null);
    }

    // the fixed hints live in the text bundle, so the app can show them in the installer's language (ocpp.status)
    private static String hint(String code, Object... args) {
        return Bundle.text(Locale.ENGLISH, "status.hint." + code, args);
    }

    private static LastError boot(String code, String message, String hint, int interval, Instant at, int attempts) {
        return new LastError("BOOT", code, message, hint, at, attempts, null, null, null, interval, null);
    }
}
