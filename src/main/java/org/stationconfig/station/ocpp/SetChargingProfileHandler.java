package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.charging.ocpp.ProfileWire;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.smartcharging.SetChargingProfile.ChargingProfileStatus;
import org.stationconfig.ocpp.v16.smartcharging.SetChargingProfile;
import org.stationconfig.station.Acceptance;
import org.stationconfig.station.SmartCharging;

/** SetChargingProfile (S16 §5.16). */
@Singleton
public class SetChargingProfileHandler implements OcppHandler {

    private final SmartCharging smartCharging;

    public SetChargingProfileHandler(SmartCharging smartCharging) {
        this.smartCharging = smartCharging;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(SetChargingProfile.ACTION, request -> smartCharging
                .set(request.connectorId(), ProfileWire.fromWire(request.csChargingProfiles()))
                .thenApply(answer -> new SetChargingProfile.Response(answer == Acceptance.Accepted
                        ? ChargingProfileStatus.Accepted : ChargingProfileStatus.Rejected)));
    }
}
