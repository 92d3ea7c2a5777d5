package org.stationconfig.diagnostics.ocpp;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.diagnostics.UploadChannel;
import org.stationconfig.diagnostics.Uploads;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.trigger.TriggerableMessage;
import org.stationconfig.ocpp.v16.firmware.DiagnosticsStatusNotification;
import org.stationconfig.ocpp.v16.firmware.DiagnosticsStatusNotification.DiagnosticsStatus;

/**
 * DiagnosticsStatusNotification on TriggerMessage: Uploading while an upload runs, otherwise Idle (S16 §4.4: Idle
 * only in a triggered notification). Not about a connector: any connectorId is accepted and ignored.
 */
@Singleton
public class DiagnosticsStatusTrigger implements TriggerableMessage {

    private static final Logger LOG = LoggerFactory.getLogger(DiagnosticsStatusTrigger.class);

    private final Uploads uploads;
    private final CentralSystem centralSystem;

    public DiagnosticsStatusTrigger(Uploads uploads, CentralSystem centralSystem) {
        this.uploads = uploads;
        this.centralSystem = centralSystem;
    }

    @Override
    public String requestedMessage() {
        return DiagnosticsStatusNotification.ACTION.name();
    }

    @Override
    public boolean accepts(@Nullable Integer connectorId) {
        return true;
    }

    @Override
    public void send(@Nullable Integer connectorId, boolean extended) {
        DiagnosticsStatus status = OcppUploadStatus.diagnosticsStatus(uploads.running(UploadChannel.DIAGNOSTICS)
                .map(Uploads.Running::state).orElse(null));
        centralSystem.callTriggered(new DiagnosticsStatusNotification.Request(status)).exceptionally(error -> {
            LOG.debug("Triggered DiagnosticsStatusNotification not delivered: {}", error.toString());
            return null;
        });
    }
}
