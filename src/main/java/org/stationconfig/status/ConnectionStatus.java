package org.stationconfig.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.stationconfig.certificates.renewal.ExpiringCertificate;
import org.stationconfig.charging.ActiveLimit;
import org.stationconfig.clock.ClockStatus;
import org.stationconfig.connection.ConnectionState;
import org.stationconfig.connection.LastError;
import org.stationconfig.connection.Registration;
import org.stationconfig.connection.TrialStatus;

/**
 * What the app shows at the top of its screen (SPEC §4), built from the settings and the live connection.
 *
 * @param missing              what to set before the station can connect (state NOT_CONFIGURED)
 * @param expiringCertificates certificates in use that expire within 30 days (SPEC §6), absent when none
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionStatus(
        ConnectionState state,
        @Nullable List<String> missing,
        Registration registration,
        @Nullable LastError lastError,
        @Nullable String effectiveUrl,
        int securityProfile,
        @Nullable Instant connectedSince,
        @Nullable Instant lastHeartbeatAt,
        @Nullable Instant nextRetryAt,
        @Nullable TrialStatus trial,
        @Nullable ActiveLimit activeLimit,
        @Nullable ClockStatus clock,
        @Nullable List<ExpiringCertificate> expiringCertificates,
        Indicator indicator) {
}
