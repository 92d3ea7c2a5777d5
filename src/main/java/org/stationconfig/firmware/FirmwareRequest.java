package org.stationconfig.firmware;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Set;

/**
 * An update as the central system asked for it, from either message. Retries and their interval are optional in both
 * (S16 §6.44, whitepaper UpdateFirmware); without them the station tries {@value #DEFAULT_RETRIES} more times,
 * {@value #DEFAULT_RETRY_INTERVAL_SECONDS} s apart.
 *
 * @param retries how many times a failed download is tried again (so 1 + retries downloads at most)
 */
public record FirmwareRequest(boolean signed, @Nullable Integer requestId, String location, Instant retrieveAt,
                              @Nullable Instant installAt, int retries, int retryIntervalSeconds,
                              @Nullable String signingCertificate, @Nullable String signature) {

    static final int DEFAULT_RETRIES = 2;
    static final int DEFAULT_RETRY_INTERVAL_SECONDS = 60;

    /** A plain update (1.6 UpdateFirmware): no request id, no install time, no signature. */
    public static FirmwareRequest unsigned(String location, Instant retrieveAt, @Nullable Integer retries,
                                           @Nullable Integer retryIntervalSeconds) {
        return new FirmwareRequest(false, null, location, retrieveAt, null, orDefault(retries, DEFAULT_RETRIES),
                orDefault(retryIntervalSeconds, DEFAULT_RETRY_INTERVAL_SECONDS), null, null);
    }

    /** A signed update (whitepaper SignedUpdateFirmware). */
    public static FirmwareRequest signed(int requestId, String location, Instant retrieveAt, @Nullable Instant installAt,
                                         @Nullable Integer retries, @Nullable Integer retryIntervalSeconds,
                                         String signingCertificate, String signature) {
        return new FirmwareRequest(true, requestId, location, retrieveAt, installAt,
                orDefault(retries, DEFAULT_RETRIES), orDefault(retryIntervalSeconds, DEFAULT_RETRY_INTERVAL_SECONDS),
                signingCertificate, signature);
    }

    /** Why the station cannot do this update at all, or null. */
    @Nullable
    public String problem(Set<String> protocols) {
        if (retries < 0 || retryIntervalSeconds < 0) {
            return "retries and retryInterval cannot be negative";
        }
        return Locations.problem(location, protocols);
    }

    private static int orDefault(@Nullable Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
