package org.stationconfig.station.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.stationconfig.connection.ConnectionState;
import org.stationconfig.connection.Registration;
import org.stationconfig.station.connector.ConnectorStatus;
import org.stationconfig.status.Indicator;

/**
 * The charge point as the central system knows it: the BootNotification data, its identity and connection.
 *
 * @param status     connector 0's status: the station as a whole
 * @param connection the connection indicator (SPEC §4 legend)
 * @param name       the station's name (stationName); null when none was given
 * @param comment    the free-text comment (stationComment): interface documentation for whoever works on it; null
 *                   when none was given
 * @param lastPresentedTag the last id tag presented at any connector and what became of it; null when none was
 */
@Serdeable
public record ChargePointInfo(
        String chargePointId,
        String chargePointVendor,
        String chargePointModel,
        @Nullable String chargePointSerialNumber,
        @Nullable String chargeBoxSerialNumber,
        @Nullable String firmwareVersion,
        @Nullable String meterType,
        @Nullable String meterSerialNumber,
        int numberOfConnectors,
        ConnectorStatus status,
        ConnectionState connectionState,
        Registration registration,
        @Nullable Instant lastHeartbeatAt,
        Indicator connection,
        @Nullable String name,
        @Nullable String comment,
        @Nullable PresentedTagView lastPresentedTag) {
}
