package org.stationconfig.station.ocpp;

import jakarta.inject.Provider;
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

    /** Looked up on first use: the station logic reaches the central system, which collects these handlers. */
    private final Provider<SmartCharging> smartCharging;

    public SetChargingProfileHandler(Provider<SmartCharging> smartCharging) {
        this.smartCharging = smartCharging;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(SetChargingProfile.ACTION, request -> smartCharging.get()
                .set(request.connectorId(), ProfileWire.fromWire(request.csChargingProfiles()))
                .thenApply(answer -> new SetChargingProfile.Response(answer == Acceptance.Accepted
                        ? ChargingProfileStatus.Accepted : ChargingProfileStatus.Rejected)));
    }
}
