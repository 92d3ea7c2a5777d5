package org.stationconfig.station.ocpp;

import org.stationconfig.ocpp.ConnectorStatusReport;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.stationconfig.ocpp.v16.core.StatusNotification;
import org.stationconfig.ocpp.v16.types.ChargePointErrorCode;
import org.stationconfig.ocpp.v16.types.ChargePointStatus;
import org.stationconfig.hardware.StationProperties;

/** Until the station model reports its connectors, every connector (and the station, 0) is Available. */
@Singleton
@Secondary
public class IdleConnectors implements ConnectorStatusReport {

    private final StationProperties station;

    public IdleConnectors(StationProperties station) {
        this.station = station;
    }

    @Override
    public List<StatusNotification.Request> statuses(Instant now) {
        return IntStream.rangeClosed(0, station.connectors())
                .mapToObj(id -> new StatusNotification.Request(id, ChargePointErrorCode.NoError, null,
                        ChargePointStatus.Available, now, null, null))
                .toList();
    }
}
