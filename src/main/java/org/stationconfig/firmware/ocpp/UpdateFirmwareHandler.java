package org.stationconfig.firmware.ocpp;

import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import org.stationconfig.firmware.FirmwareRequest;
import org.stationconfig.firmware.FirmwareUpdates;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.CallErrorException;
import org.stationconfig.ocpp.rpc.ErrorCode;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.firmware.UpdateFirmware;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;

/**
 * UpdateFirmware (S16 §5.19). With {@code firmwareUpdateMode} SIGNED, the default, it is answered with CALLERROR
 * NotSupported and nothing starts: a station that does secure firmware updates must not take unsigned ones
 * (whitepaper L01.FR.20). With LEGACY it is accepted and runs like a signed update without the signature steps,
 * reported with the 1.6 FirmwareStatusNotification.
 */
@Singleton
public class UpdateFirmwareHandler implements OcppHandler {

    private final SettingsStore settings;
    private final FirmwareUpdates updates;

    public UpdateFirmwareHandler(SettingsStore settings, FirmwareUpdates updates) {
        this.settings = settings;
        this.updates = updates;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(UpdateFirmware.ACTION, this::answer);
    }

    CompletableFuture<UpdateFirmware.Response> answer(UpdateFirmware.Request request) {
        if (!"LEGACY".equals(settings.current().get(Setting.FIRMWARE_UPDATE_MODE))) {
            throw new CallErrorException(ErrorCode.NotSupported,
                    "unsigned firmware is not accepted: use SignedUpdateFirmware (security whitepaper L01.FR.20)");
        }
        FirmwareRequest update = OcppFirmwareRequest.of(request);
        String problem = update.problem(updates.protocols());
        if (problem != null) {
            throw new CallErrorException(ErrorCode.PropertyConstraintViolation, problem);
        }
        // 1.6 has no status to refuse with: an update that is installing already simply continues
        return updates.start(update).thenApply(started -> new UpdateFirmware.Response());
    }
}
