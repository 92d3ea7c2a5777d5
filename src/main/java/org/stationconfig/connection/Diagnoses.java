package org.stationconfig.connection;

import java.time.Instant;
import java.util.Locale;
import org.stationconfig.i18n.Bundle;
import org.stationconfig.i18n.Text;
import org.stationconfig.ocpp.outbox.OutboundMessage;
import org.stationconfig.ocpp.outbox.QueuedAction;
import org.stationconfig.ocpp.transport.DialFailure;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;

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
        Text hint;
        if (key.startsWith("hex:") && !dialled.hexAsText()) {
            hint = Text.of("status.hint.HTTP_401.hexAsBytes", digits.length() / 2, digits.length());
        } else if (key.startsWith("hex:")) {
            hint = Text.of("status.hint.HTTP_401.hexAsText", digits.length());
        } else if (hexDigits && digits.length() >= 32 && digits.length() <= 40) {
            hint = Text.of("status.hint.HTTP_401.textLooksHex");
        } else {
            return error;
        }
        return error.withHint(hint);
    }

    /** The last-known-good settings, restored after new ones failed, fail too: say that neither works (SPEC §3). */
    static LastError rollbackFailsToo(LastError error, String rollbackReason) {
        Text before = Text.of("status.rollback.before", rollbackReason);
        return error.withMessage(Text.of("status.rollback.bothFailed", error.messageText()))
                .withHint(error.hintText() == null ? before : Text.of("status.rollback.hint", error.hintText(), before));
    }

    public static LastError bootRejected(int interval, Instant at, int attempts) {
        return boot("BOOT_REJECTED", interval, at, attempts);
    }

    public static LastError bootPending(int interval, Instant at, int attempts) {
        return boot("BOOT_PENDING", interval, at, attempts);
    }

    /** A BootNotification answered with a CALLERROR ({@code callError} its description), or not answered at all (null). */
    public static LastError bootFailed(String callError, Instant at, int attempts) {
        return callError == null ? bootTimeout(at, attempts)
                : new LastError("BOOT", "BOOT_TIMEOUT", "The central system answered the BootNotification with an error: "
                        + callError, "The central system could not process the registration; the station "
                        + "retries with back-off. Ask the operator if it persists.", at, attempts, null, null, null, null, null);
    }

    public static LastError bootTimeout(Instant at, int attempts) {
        return LastError.worded("BOOT", "BOOT_TIMEOUT", Text.of("status.message.BOOT_TIMEOUT"),
                Text.of("status.hint.BOOT_TIMEOUT"), at, attempts, null, null, null, null, null);
    }

    public static LastError pingTimeout(int seconds, Instant at, int attempts) {
        return LastError.worded("PING_TIMEOUT", "PING_TIMEOUT", Text.of("status.message.PING_TIMEOUT", seconds),
                Text.of("status.hint.PING_TIMEOUT"), at, attempts, null, null, null, null, null);
    }

    public static LastError closedByServer(int code, String reason, Instant at, int attempts) {
        Text message = reason == null || reason.isBlank() ? Text.of("status.message.CLOSED_BY_SERVER", code)
                : Text.of("status.message.CLOSED_BY_SERVER.reason", code, reason);
        return LastError.worded("CLOSED", "CLOSED_BY_SERVER", message, Text.of("status.hint.CLOSED_BY_SERVER"), at,
                attempts, null, code, reason, null, null);
    }

    /**
     * An outbox message the central system did not answer within MessageTimeout while the link stayed up (proof suite
     * 3 of RELIABILITY.md: before, only the outbox said NO_ANSWER). Not a failed connection attempt: the state stays.
     */
    public static LastError callTimeout(OutboundMessage message, SettingsSnapshot settings, Instant at) {
        int attempts = settings.get(Setting.TRANSACTION_MESSAGE_ATTEMPTS);
        int retryIn = settings.get(Setting.TRANSACTION_MESSAGE_RETRY_INTERVAL) * message.send();
        boolean transaction = QueuedAction.fromOcppName(message.action())
                .map(QueuedAction::isTransactionMessage).orElse(true);
        Text next;
        if (message.send() >= attempts) {
            next = Text.of(transaction ? "status.callTimeout.lastParked" : "status.callTimeout.lastDropped", attempts);
        } else {
            next = Text.of(transaction ? "status.callTimeout.again" : "status.callTimeout.againBehind", retryIn,
                    message.send(), attempts);
        }
        return LastError.worded("CALL", "CALL_TIMEOUT", Text.of("status.message.CALL_TIMEOUT", message.action(),
                        settings.get(Setting.MESSAGE_TIMEOUT)), Text.of("status.hint.CALL_TIMEOUT", next),
                at, message.send(), null, null, null, null, null);
    }

    // message and hint live in the text bundle, so the app can show them in the installer's language (ocpp.status)
    private static LastError boot(String code, int interval, Instant at, int attempts) {
        return LastError.worded("BOOT", code, Text.of("status.message." + code), Text.of("status.hint." + code, interval),
                at, attempts, null, null, null, interval, null);
    }
}
