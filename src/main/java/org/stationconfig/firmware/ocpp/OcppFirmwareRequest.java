package org.stationconfig.firmware.ocpp;

import org.stationconfig.firmware.FirmwareRequest;
import org.stationconfig.ocpp.v16.firmware.UpdateFirmware;
import org.stationconfig.ocpp.v16.security.SignedUpdateFirmware;

/** From the two OCPP 1.6 update messages to the firmware feature's request (same fields, the defaults are the feature's). */
final class OcppFirmwareRequest {

    private OcppFirmwareRequest() {
    }

    static FirmwareRequest of(UpdateFirmware.Request request) {
        return FirmwareRequest.unsigned(request.location(), request.retrieveDate(), request.retries(),
                request.retryInterval());
    }

    static FirmwareRequest of(SignedUpdateFirmware.Request request) {
        return FirmwareRequest.signed(request.requestId(), request.firmware().location(),
                request.firmware().retrieveDateTime(), request.firmware().installDateTime(), request.retries(),
                request.retryInterval(), request.firmware().signingCertificate(), request.firmware().signature());
    }
}
