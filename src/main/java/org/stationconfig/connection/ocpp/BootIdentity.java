package org.stationconfig.connection.ocpp;

import org.stationconfig.connection.StationIdentity;
import org.stationconfig.ocpp.v16.core.BootNotification;

/** The BootNotification contents: the station's identity in OCPP 1.6 terms (it reports no ICCID or IMSI). */
final class BootIdentity {

    private BootIdentity() {
    }

    static BootNotification.Request of(StationIdentity identity) {
        return new BootNotification.Request(identity.vendor(), identity.model(), identity.chargePointSerialNumber(),
                identity.chargeBoxSerialNumber(), identity.firmwareVersion(), null, null, identity.meterType(),
                identity.meterSerialNumber());
    }
}
