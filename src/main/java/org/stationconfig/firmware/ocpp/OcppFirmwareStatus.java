package org.stationconfig.firmware.ocpp;

import org.stationconfig.firmware.FirmwareStatus;
import org.stationconfig.ocpp.v16.security.SignedFirmwareStatusNotification;

/**
 * From the firmware feature's status to SignedFirmwareStatusNotification's: the same fourteen words, one to one
 * (OcppFirmwareStatusTest checks every one of both sides).
 */
final class OcppFirmwareStatus {

    private OcppFirmwareStatus() {
    }

    static SignedFirmwareStatusNotification.FirmwareStatus toOcpp(FirmwareStatus status) {
        return SignedFirmwareStatusNotification.FirmwareStatus.valueOf(status.name());
    }
}
