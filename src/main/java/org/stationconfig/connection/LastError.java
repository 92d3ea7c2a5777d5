package org.stationconfig.connection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Locale;
import org.stationconfig.i18n.Text;

/**
 * Why the last connection attempt failed, classified (SPEC §4), with what to change; or, while connected, which
 * message the central system did not answer within MessageTimeout (stage CALL, code CALL_TIMEOUT).
 *
 * @param attempts          failed attempts in a row so far; for CALL_TIMEOUT, which send of the message it was
 * @param httpStatus        for stage HTTP
 * @param closeCode         for CLOSED_BY_SERVER, with {@code closeReason}
 * @param retryInterval     for BOOT_PENDING / BOOT_REJECTED: seconds the central system asked to wait
 * @param serverCertificate for stage TLS, when the server presented one
 * @param wording           the message and hint as bundle texts, for the caller's language; not part of the answer
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LastError(
        String stage,
        String code,
        String message,
        String hint,
        Instant at,
        int attempts,
        @Nullable Integer httpStatus,
        @Nullable Integer closeCode,
        @Nullable String closeReason,
        @Nullable Integer retryInterval,
        @Nullable ServerCertificate serverCertificate,
        @JsonIgnore @Nullable Wording wording) {

    /** The message and the hint as bundle texts; either may be null where only English exists. */
    public record Wording(@Nullable Text message, @Nullable Text hint) {
    }

    public LastError(String stage, String code, String message, String hint, Instant at, int attempts,
                     @Nullable Integer httpStatus, @Nullable Integer closeCode, @Nullable String closeReason,
                     @Nullable Integer retryInterval, @Nullable ServerCertificate serverCertificate) {
        this(stage, code, message, hint, at, attempts, httpStatus, closeCode, closeReason, retryInterval,
                serverCertificate, null);
    }

    /** An error whose message and hint are bundle texts: the English is stored, the app gets its language. */
    public static LastError worded(String stage, String code, Text message, @Nullable Text hint, Instant at, int attempts,
                                   @Nullable Integer httpStatus, @Nullable Integer closeCode, @Nullable String closeReason,
                                   @Nullable Integer retryInterval, @Nullable ServerCertificate serverCertificate) {
        return new LastError(stage, code, message.english(), hint == null ? null : hint.english(), at, attempts,
                httpStatus, closeCode, closeReason, retryInterval, serverCertificate, new Wording(message, hint));
    }

    @Serdeable
    public record ServerCertificate(String subject, String issuer, Instant notBefore, Instant notAfter) {
    }

    public LastError withAttempts(int count) {
        return new LastError(stage, code, message, hint, at, count, httpStatus, closeCode, closeReason, retryInterval,
                serverCertificate, wording);
    }

    public LastError withHint(@Nullable String newHint) {
        return new LastError(stage, code, message, newHint, at, attempts, httpStatus, closeCode, closeReason,
                retryInterval, serverCertificate, new Wording(wording == null ? null : wording.message(), null));
    }

    /** The same error with a hint from the bundle. */
    public LastError withHint(Text newHint) {
        return new LastError(stage, code, message, newHint.english(), at, attempts, httpStatus, closeCode, closeReason,
                retryInterval, serverCertificate, new Wording(wording == null ? null : wording.message(), newHint));
    }

    /** The same error with a message from the bundle. */
    public LastError withMessage(Text newMessage) {
        return new LastError(stage, code, newMessage.english(), hint, at, attempts, httpStatus, closeCode, closeReason,
                retryInterval, serverCertificate, new Wording(newMessage, wording == null ? null : wording.hint()));
    }

    /** The message in this language where it is a bundle text, else as it is. */
    public String messageIn(Locale language) {
        return wording != null && wording.message() != null ? wording.message().in(language) : message;
    }

    /** The message as a bundle text where there is one, else the English as it is (an argument of another text). */
    public Object messageText() {
        return wording != null && wording.message() != null ? wording.message() : message;
    }

    /** The hint as a bundle text where there is one, else the English as it is; null without a hint. */
    @Nullable
    public Object hintText() {
        return wording != null && wording.hint() != null ? wording.hint() : hint;
    }

    public LastError withMessage(String newMessage) {
        return new LastError(stage, code, newMessage, hint, at, attempts, httpStatus, closeCode, closeReason,
                retryInterval, serverCertificate, new Wording(null, wording == null ? null : wording.hint()));
    }
}
