package org.stationconfig.ocpp.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Why the last connection attempt failed, classified (SPEC §4), with what to change; or, while connected, which
 * message the central system did not answer within MessageTimeout (stage CALL, code CALL_TIMEOUT).
 *
 * @param attempts          failed attempts in a row so far; for CALL_TIMEOUT, which send of the message it was
 * @param httpStatus        for stage HTTP
 * @param closeCode         for CLOSED_BY_SERVER, with {@code closeReason}
 * @param retryInterval     for BOOT_PENDING / BOOT_REJECTED: seconds the central system asked to wait
 * @param serverCertificate for stage TLS, when the server presented one
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
        @Nullable ServerCertificate serverCertificate) {

    @Serdeable
    public record ServerCertificate(String subject, String issuer, Instant notBefore, Instant notAfter) {
    }

    public LastError withAttempts(int count) {
        return new LastError(stage, code, message, hint, at, count, httpStatus, closeCode, closeReason, retryInterval,
                serverCertificate);
    }

    public LastError withHint(@Nullable String newHint) {
        return new LastError(stage, code, message, newHint, at, attempts, httpStatus, closeCode, closeReason,
                retryInterval, serverCertificate);
    }

    public LastError withMessage(String newMessage) {
        return new LastError(stage, code, newMessage, hint, at, attempts, httpStatus, closeCode, closeReason,
                retryInterval, serverCertificate);
    }
}
