package org.stationconfig.station.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import org.stationconfig.station.connector.ConnectorFault;
import org.stationconfig.station.connector.ConnectorIndicator;
import org.stationconfig.station.connector.ConnectorStatus;

/**
 * One connector.
 *
 * @param available       operative (not made Unavailable by ChangeAvailability)
 * @param offeredCurrent  amps per phase the power path offers now
 * @param transaction     the running transaction, else the last one
 * @param lastMeterValues the last meter values sampled here
 * @param reservation     the reservation on this connector; a connector held for a reservation on connector 0 is
 *                        Reserved without one
 * @param energyRegisterWh the connector meter's energy register now, also while idle
 */
@Serdeable
public record ConnectorView(
        int id,
        ConnectorStatus status,
        ConnectorFault errorCode,
        ConnectorIndicator indicator,
        boolean available,
        Instant statusSince,
        boolean plugged,
        BigDecimal offeredCurrent,
        @Nullable TransactionView transaction,
        @Nullable MeterValuesView lastMeterValues,
        @Nullable String lastIdTag,
        @Nullable Instant lastIdTagAt,
        @Nullable ReservationView reservation,
        long energyRegisterWh) {
}
