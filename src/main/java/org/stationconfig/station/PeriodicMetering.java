package org.stationconfig.station;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.stationconfig.clock.StationClock;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.hardware.ChargingHardware;
import org.stationconfig.station.hardware.MeterReading;
import org.stationconfig.station.metering.MeasurandSampler;
import org.stationconfig.station.metering.MeterSample;
import org.stationconfig.station.metering.SampleContext;
import org.stationconfig.station.transaction.TransactionJournal;

/**
 * Sampled meter values of a transaction (S16 §3.16): a Transaction.Begin value at the start, then a MeterValues with
 * exactly MeterValuesSampledData every MeterValueSampleInterval (0 = none), and the StopTxnSampledData values kept
 * for StopTransaction. Settings are read at every sample, so a change applies at the next one. Station thread.
 */
@Singleton
class PeriodicMetering {

    private final ChargingHardware hardware;
    private final TransactionJournal journal;
    private final SettingsStore settings;
    private final StationClock clock;
    private final StationThread scheduler;

    PeriodicMetering(ChargingHardware hardware, TransactionJournal journal, SettingsStore settings, StationClock clock,
                     StationThread scheduler) {
        this.hardware = hardware;
        this.journal = journal;
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    void begin(Connector connector) {
        OpenTransaction transaction = connector.transaction;
        MeterReading reading = hardware.read(connector.id);
        Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        SettingsSnapshot snapshot = settings.current();
        if (snapshot.get(Setting.METER_VALUE_SAMPLE_INTERVAL) > 0) {
            send(connector, transaction, sample(reading, snapshot.get(Setting.METER_VALUES_SAMPLED_DATA),
                    SampleContext.TRANSACTION_BEGIN, now, transaction));
        }
        keep(transaction, reading, SampleContext.TRANSACTION_BEGIN, now);
        schedule(connector);
    }

    /** (Re)starts the sampling timer from now with the current interval. */
    void schedule(Connector connector) {
        OpenTransaction transaction = connector.transaction;
        if (transaction == null) {
            return;
        }
        transaction.stopSampling();
        int interval = settings.current().get(Setting.METER_VALUE_SAMPLE_INTERVAL);
        if (interval > 0) {
            transaction.sampling = scheduler.schedule(Duration.ofSeconds(interval), () -> sample(connector, transaction));
        }
    }

    private void sample(Connector connector, OpenTransaction transaction) {
        if (connector.transaction != transaction) {
            return; // stopped meanwhile
        }
        MeterReading reading = hardware.read(connector.id);
        Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        send(connector, transaction, sample(reading, settings.current().get(Setting.METER_VALUES_SAMPLED_DATA),
                SampleContext.SAMPLE_PERIODIC, now, transaction));
        keep(transaction, reading, SampleContext.SAMPLE_PERIODIC, now);
        transaction.periodStartWh = reading.energyWh();
        transaction.record = journal.seen(transaction.record, (int) Math.round(reading.energyWh()), now);
        schedule(connector);
    }

    /** The transaction ends: its Transaction.End value is kept; the reading is returned for the meter stop. */
    MeterReading end(Connector connector, Instant at) {
        OpenTransaction transaction = connector.transaction;
        transaction.stopSampling();
        MeterReading reading = hardware.read(connector.id);
        keep(transaction, reading, SampleContext.TRANSACTION_END, at);
        connector.lastMeterValue = sample(reading, settings.current().get(Setting.METER_VALUES_SAMPLED_DATA),
                SampleContext.TRANSACTION_END, at, transaction);
        return reading;
    }

    private void send(Connector connector, OpenTransaction transaction, MeterSample value) {
        if (!value.values().isEmpty()) {
            journal.meterValues(transaction.record, value);
            connector.lastMeterValue = value;
        }
    }

    private void keep(OpenTransaction transaction, MeterReading reading, SampleContext context, Instant at) {
        List<String> items = settings.current().get(Setting.STOP_TXN_SAMPLED_DATA);
        if (!items.isEmpty()) {
            journal.keepForStop(transaction.record, sample(reading, items, context, at, transaction));
        }
    }

    private static MeterSample sample(MeterReading reading, List<String> items, SampleContext context, Instant at,
                                     OpenTransaction transaction) {
        return MeasurandSampler.sample(reading, items, context, at, transaction.periodStartWh);
    }
}
