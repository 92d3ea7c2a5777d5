package org.stationconfig.firmware;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import org.stationconfig.ocpp.v16.firmware.UpdateFirmware;
import org.stationconfig.ocpp.v16.security.SignedUpdateFirmware;

/**
 * An update as the central system asked for it, from either message. Retries and their interval are optional in both
 * (S16 §6.44, whitepaper UpdateFirmware); without them the station tries {@value #DEFAULT_RETRIES} more times,
 * {@value #DEFAULT_RETRY_INTERVAL_SECONDS} s apart.
 *
 * @param retries how many times a failed download is tried again (so 1 + retries downloads at most)
 */
record FirmwareRequest(boolean signed, @Nullable Integer requestId, String location, Instant retrieveAt,
                       @Nullable Instant installAt, int retries, int retryIntervalSeconds,
                       @Nullable String signingCertificate, @Nullable String signature) {

    static final int DEFAULT_RETRIES = 2;
    static final int DEFAULT_RETRY_INTERVAL_SECONDS = 60;

    static FirmwareRequest of(UpdateFirmware.Request request) {
        return new FirmwareRequest(false, null, request.location(), request.retrieveDate(), null,
                orDefault(request.retries(), DEFAULT_RETRIES),
                orDefault(request.retryInterval(), DEFAULT_RETRY_INTERVAL_SECONDS), null, null);
    }

    static FirmwareRequest of(SignedUpdateFirmware.Request request) {
        return new FirmwareRequest(true, request.requestId(), request.firmware().location(),
                request.firmware().retrieveDateTime(), request.firmware().installDateTime(),
                orDefault(request.retries(), DEFAULT_RETRIES),
                orDefault(request.retryInterval(), DEFAULT_RETRY_INTERVAL_SECONDS),
                request.firmware().signingCertificate(), request.firmware().signature());
    }

    /** Why the station cannot do this update at all, or null. */
    @Nullable
    String problem(java.util.Set<String> protocols) {
        if (retries < 0 || retryIntervalSeconds < 0) {
            return "retries and retryInterval cannot be negative";
        }
        return Locations.problem(location, protocols);
    }

    private static int orDefault(@Nullable Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
