package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.trigger.TriggerableMessage;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.hardware.ChargingHardware;
import org.stationconfig.station.hardware.MeterReading;
import org.stationconfig.station.metering.MeasurandSampler;
import org.stationconfig.station.metering.MeterSample;
import org.stationconfig.station.metering.SampleContext;
import org.stationconfig.station.ocpp.TriggeredMeterValues;

/**
 * A triggered MeterValues carries the current measurements of every MeterValuesSampledData measurand, context Trigger
 * (S16 §5.17), for the connector named or else each connector; with the transactionId while a transaction runs and
 * the central system has given it one. It is current information, not transaction data: sent directly, not through
 * the outbox. Rejected for connector 0 (the station has no main meter) or one it does not have, and when no measurand
 * is configured.
 */
@Singleton
class MeterValuesTrigger implements TriggerableMessage {

    private static final Logger LOG = LoggerFactory.getLogger(MeterValuesTrigger.class);

    private final StationThread thread;
    private final Connectors connectors;
    private final ChargingHardware hardware;
    private final SettingsStore settings;
    private final StationClock clock;
    private final TriggeredMeterValues sender;

    MeterValuesTrigger(StationThread thread, Connectors connectors, ChargingHardware hardware, SettingsStore settings,
                       StationClock clock, TriggeredMeterValues sender) {
        this.thread = thread;
        this.connectors = connectors;
        this.hardware = hardware;
        this.settings = settings;
        this.clock = clock;
        this.sender = sender;
    }

    @Override
    public String requestedMessage() {
        return "MeterValues";
    }

    @Override
    public boolean accepts(@Nullable Integer connectorId) {
        boolean known = connectorId == null || connectorId >= 1 && connectorId <= hardware.connectors();
        return known && !settings.current().get(Setting.METER_VALUES_SAMPLED_DATA).isEmpty();
    }

    @Override
    public void send(@Nullable Integer connectorId, boolean extended) {
        thread.execute(() -> {
            List<Connector> chosen = connectorId == null ? connectors.all() : List.of(connectors.get(connectorId));
            chosen.forEach(this::send);
        });
    }

    private void send(Connector connector) {
        MeterReading reading = hardware.read(connector.id);
        OpenTransaction transaction = connector.transaction;
        Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        MeterSample value = MeasurandSampler.sample(reading, settings.current().get(Setting.METER_VALUES_SAMPLED_DATA),
                SampleContext.TRIGGER, now, transaction == null ? reading.energyWh() : transaction.periodStartWh);
        if (value.values().isEmpty()) {
            LOG.info("Triggered MeterValues for connector {}: none of the measurands can be read now", connector.id);
            return;
        }
        Integer transactionId = transaction == null ? null : transaction.record.serverId();
        sender.send(connector.id, transactionId, value);
    }
}
