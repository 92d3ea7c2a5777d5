package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.charging.ProfileFilter;
import org.stationconfig.charging.ocpp.ProfileWire;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.smartcharging.ClearChargingProfile.ClearChargingProfileStatus;
import org.stationconfig.ocpp.v16.smartcharging.ClearChargingProfile;
import org.stationconfig.station.SmartCharging;

/** ClearChargingProfile (S16 §5.5). */
@Singleton
public class ClearChargingProfileHandler implements OcppHandler {

    private final SmartCharging smartCharging;

    public ClearChargingProfileHandler(SmartCharging smartCharging) {
        this.smartCharging = smartCharging;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(ClearChargingProfile.ACTION, request -> smartCharging
                .clear(new ProfileFilter(request.id(), request.connectorId(), request.chargingProfilePurpose() == null ? null
                        : ProfileWire.fromWire(request.chargingProfilePurpose()), request.stackLevel()))
                .thenApply(cleared -> new ClearChargingProfile.Response(cleared > 0 ? ClearChargingProfileStatus.Accepted
                        : ClearChargingProfileStatus.Unknown)));
    }
}
