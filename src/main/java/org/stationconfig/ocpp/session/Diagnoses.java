package org.stationconfig.ocpp.session;

import java.time.Instant;
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
        String hint = switch (failure.code()) {
            case "DNS_FAILURE" -> "Check the host name in the central system URL for typing errors, and that the station's "
                    + "network has DNS and internet access.";
            case "TCP_REFUSED" -> "Nothing accepts connections at that address and port: check the port in the URL and that "
                    + "the central system is running; a firewall may also refuse.";
            case "TCP_TIMEOUT" -> "No answer at that address: check the host and port, and that the station's network "
                    + "(firewall, mobile APN, VPN) lets it reach the central system.";
            case "TCP_RESET" -> "The connection was cut while it was being set up: check ws:// versus wss:// (a TLS server "
                    + "needs security profile 2 or 3) and any proxy in between.";
            case "HTTP_401" -> "The central system refused the credentials: check the charge point id (case matters) and "
                    + "the access key; if the operator gave a hex key that it expects as text, set accessKeyFormat to text "
                    + "(or turn on authorizationKeyHexAsText).";
            case "HTTP_403" -> "The central system knows this id but refuses it: ask the operator to enable this charge point.";
            case "HTTP_404" -> "The central system does not know this charge point id, or the path is wrong: check the id "
                    + "(case matters) and the URL path (e.g. /ocpp) against what the operator registered.";
            case "UPGRADE_TIMEOUT" -> "The server accepted the connection but never answered the WebSocket upgrade: check "
                    + "the port and path (it may be another kind of service, or a proxy holding the request).";
            case "STATION_ERROR" -> "Something inside the station failed before the connection could be made (the log "
                    + "has the details); it tries again with back-off. Check the installed certificates for this profile.";
            case "SUBPROTOCOL_MISSING" -> "The server at this URL does not speak OCPP 1.6J: check the path; it may be an "
                    + "OCPP 2.0.1 endpoint or a plain web server.";
            default -> failure.stage() == DialFailure.Stage.TLS
                    ? "Check the central system's certificate against the root installed on the station, and the clock."
                    : "The server answered HTTP " + failure.httpStatus() + " instead of upgrading to a WebSocket: check that "
                      + "the URL points to the OCPP-J endpoint, not a web page or a proxy.";
        };
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
                "Ask the operator to register or enable this charge point id; the station asks again after "
                        + interval + " s.", interval, at, attempts);
    }

    public static LastError bootPending(int interval, Instant at, int attempts) {
        return boot("BOOT_PENDING", "The central system holds the registration in Pending.",
                "The central system is still preparing this charge point (e.g. sending configuration); the station asks "
                        + "again after " + interval + " s. If it stays Pending, ask the operator.", interval, at, attempts);
    }

    public static LastError bootTimeout(Instant at, int attempts) {
        return new LastError("BOOT", "BOOT_TIMEOUT", "The central system did not answer the BootNotification.",
                "The URL may point to the wrong service, or the central system is overloaded; the station retries with "
                        + "back-off.", at, attempts, null, null, null, null, null);
    }

    public static LastError pingTimeout(int seconds, Instant at, int attempts) {
        return new LastError("PING_TIMEOUT", "PING_TIMEOUT", "No answer to the WebSocket ping within " + seconds + " s; "
                + "the link was declared dead and closed.",
                "The network dropped or a proxy/NAT timed the connection out; if this repeats, lower "
                        + "connectionCheckInterval.", at, attempts, null, null, null, null, null);
    }

    public static LastError closedByServer(int code, String reason, Instant at, int attempts) {
        return new LastError("CLOSED", "CLOSED_BY_SERVER", "The central system closed the connection (code " + code
                + (reason == null || reason.isBlank() ? "" : ", \"" + reason + "\"") + ").",
                "Some central systems drop a session when a second connection with the same charge point id arrives; "
                        + "otherwise ask the operator why it was closed. The station reconnects by itself.",
                at, attempts, null, code, reason, null, null);
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

    private static LastError boot(String code, String message, String hint, int interval, Instant at, int attempts) {
        return new LastError("BOOT", code, message, hint, at, attempts, null, null, null, interval, null);
    }
}
