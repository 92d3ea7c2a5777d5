package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.charging.ocpp.ProfileWire;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.smartcharging.GetCompositeSchedule.GetCompositeScheduleStatus;
import org.stationconfig.ocpp.v16.smartcharging.GetCompositeSchedule;
import org.stationconfig.station.SmartCharging;

/** GetCompositeSchedule (S16 §5.7). */
@Singleton
public class GetCompositeScheduleHandler implements OcppHandler {

    private final SmartCharging smartCharging;

    public GetCompositeScheduleHandler(SmartCharging smartCharging) {
        this.smartCharging = smartCharging;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(GetCompositeSchedule.ACTION, request -> smartCharging
                .composite(request.connectorId(), request.duration(),
                        request.chargingRateUnit() == null ? null : ProfileWire.fromWire(request.chargingRateUnit()))
                .thenApply(schedule -> schedule.map(s -> new GetCompositeSchedule.Response(
                                GetCompositeScheduleStatus.Accepted, request.connectorId(), s.startSchedule(),
                                ProfileWire.toWire(s)))
                        .orElse(new GetCompositeSchedule.Response(GetCompositeScheduleStatus.Rejected, null, null, null))));
    }
}
