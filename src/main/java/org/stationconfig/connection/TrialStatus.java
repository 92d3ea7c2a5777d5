package org.stationconfig.connection;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * New connection settings on trial (SPEC §3).
 *
 * @param active             new settings are being tried
 * @param previousKept       the last settings that worked are kept to roll back to
 * @param attempts           failed attempts with the new settings so far, of {@code maxAttempts}
 * @param keys               which settings are on trial
 * @param lastRollbackAt     when the station last went back to the previous settings, with why
 * @param fallbackError      when the previous settings failed too, why (both failures are shown)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrialStatus(
        boolean active,
        boolean previousKept,
        int attempts,
        int maxAttempts,
        List<String> keys,
        @Nullable Instant lastRollbackAt,
        @Nullable String lastRollbackReason,
        @Nullable LastError fallbackError) {
}
