package org.stationconfig.diagnostics.ocpp;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.diagnostics.UploadChannel;
import org.stationconfig.diagnostics.Uploads;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.trigger.TriggerableMessage;
import org.stationconfig.ocpp.v16.security.LogStatusNotification;

/**
 * LogStatusNotification on ExtendedTriggerMessage: the running GetLog's status with its requestId, or Idle
 * without a requestId when none runs (N01.FR.07/12). Not about a connector.
 */
@Singleton
public class LogStatusTrigger implements TriggerableMessage {

    private static final Logger LOG = LoggerFactory.getLogger(LogStatusTrigger.class);

    private final Uploads uploads;
    private final CentralSystem centralSystem;

    public LogStatusTrigger(Uploads uploads, CentralSystem centralSystem) {
        this.uploads = uploads;
        this.centralSystem = centralSystem;
    }

    @Override
    public String requestedMessage() {
        return LogStatusNotification.ACTION.name();
    }

    @Override
    public boolean accepts(@Nullable Integer connectorId) {
        return true;
    }

    @Override
    public void send(@Nullable Integer connectorId, boolean extended) {
        LogStatusNotification.Request request = uploads.running(UploadChannel.LOG)
                .map(running -> new LogStatusNotification.Request(OcppUploadStatus.logStatus(running.state()),
                        running.request().requestId()))
                .orElse(new LogStatusNotification.Request(OcppUploadStatus.logStatus(null), null));
        centralSystem.callTriggered(request).exceptionally(error -> {
            LOG.debug("Triggered LogStatusNotification not delivered: {}", error.toString());
            return null;
        });
    }
}
