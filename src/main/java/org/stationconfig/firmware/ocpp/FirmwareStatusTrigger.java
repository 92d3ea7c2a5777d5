package org.stationconfig.firmware.ocpp;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.firmware.FirmwareStatus;
import org.stationconfig.firmware.FirmwareUpdate;
import org.stationconfig.firmware.FirmwareUpdates;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.trigger.TriggerableMessage;
import org.stationconfig.ocpp.v16.firmware.FirmwareStatusNotification;
import org.stationconfig.ocpp.v16.security.SignedFirmwareStatusNotification;

/**
 * FirmwareStatusNotification on request (S16 §5.17, whitepaper F06): TriggerMessage gets the 1.6 message with the
 * step the update is in, Idle when none runs; ExtendedTriggerMessage gets SignedFirmwareStatusNotification with the
 * current status and the update's requestId, or Idle without a requestId when none runs (L01.FR.10/21).
 */
@Singleton
public class FirmwareStatusTrigger implements TriggerableMessage {

    private static final Logger LOG = LoggerFactory.getLogger(FirmwareStatusTrigger.class);

    private final FirmwareUpdates updates;
    private final CentralSystem centralSystem;

    public FirmwareStatusTrigger(FirmwareUpdates updates, CentralSystem centralSystem) {
        this.updates = updates;
        this.centralSystem = centralSystem;
    }

    @Override
    public String requestedMessage() {
        return "FirmwareStatusNotification";
    }

    /** The firmware is the station's, not a connector's: any connectorId is fine. */
    @Override
    public boolean accepts(@Nullable Integer connectorId) {
        return true;
    }

    @Override
    public void send(@Nullable Integer connectorId, boolean extended) {
        FirmwareUpdate update = updates.latest().orElse(null);
        OcppRequest<?> message = extended ? signed(update)
                : new FirmwareStatusNotification.Request(LegacyFirmwareStatus.current(update));
        centralSystem.callTriggered(message).whenComplete((answer, failure) -> {
            if (failure != null) {
                LOG.warn("Triggered firmware status was not delivered: {}", failure.toString());
            }
        });
    }

    static SignedFirmwareStatusNotification.Request signed(@Nullable FirmwareUpdate update) {
        boolean running = update != null && !update.finished() && update.status() != FirmwareStatus.Idle;
        return running ? new SignedFirmwareStatusNotification.Request(OcppFirmwareStatus.toOcpp(update.status()),
                update.requestId())
                : new SignedFirmwareStatusNotification.Request(SignedFirmwareStatusNotification.FirmwareStatus.Idle, null);
    }
}
