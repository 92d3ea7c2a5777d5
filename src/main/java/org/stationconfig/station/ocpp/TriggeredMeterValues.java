package org.stationconfig.station.ocpp;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.station.metering.MeterSample;

/** Sends a triggered MeterValues directly, not through the outbox: it is current information (S16 §5.17). */
@Singleton
public class TriggeredMeterValues {

    private static final Logger LOG = LoggerFactory.getLogger(TriggeredMeterValues.class);

    private final CentralSystem centralSystem;

    TriggeredMeterValues(CentralSystem centralSystem) {
        this.centralSystem = centralSystem;
    }

    /** @param transactionId the central system's id of the running transaction, null when none */
    public void send(int connectorId, @Nullable Integer transactionId, MeterSample sample) {
        centralSystem.callTriggered(TransactionWire.meterValues(connectorId, transactionId, sample))
                .exceptionally(error -> {
                    LOG.info("Triggered MeterValues for connector {} not delivered: {}", connectorId, error.toString());
                    return null;
                });
    }
}
