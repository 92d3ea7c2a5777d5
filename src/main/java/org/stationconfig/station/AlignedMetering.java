package org.stationconfig.station;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.hardware.ChargingHardware;
import org.stationconfig.station.hardware.MeterReading;
import org.stationconfig.station.metering.AlignedSchedule;
import org.stationconfig.station.metering.MeasurandSampler;
import org.stationconfig.station.metering.MeterSample;
import org.stationconfig.station.metering.SampleContext;
import org.stationconfig.station.transaction.TransactionJournal;

/**
 * Clock-aligned meter values (S16 §3.16): at every ClockAlignedDataInterval boundary from midnight, a MeterValues
 * with MeterValuesAlignedData (Sample.Clock) per connector, inside a transaction or not; inside one the
 * StopTxnAlignedData values are also kept for StopTransaction. 0 switches it off. Station thread.
 */
@Singleton
class AlignedMetering {

    private final Connectors connectors;
    private final ChargingHardware hardware;
    private final TransactionJournal journal;
    private final SettingsStore settings;
    private final StationClock clock;
    private final StationThread scheduler;
    /** The register at the previous boundary, per connector, for the *.Interval measurands. */
    private final Map<Integer, Double> periodStartWh = new HashMap<>();
    private Scheduler.Cancellable timer;

    AlignedMetering(Connectors connectors, ChargingHardware hardware, TransactionJournal journal,
                    SettingsStore settings, StationClock clock, StationThread scheduler) {
        this.connectors = connectors;
        this.hardware = hardware;
        this.journal = journal;
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** (Re)starts the timer for the current interval. */
    void schedule() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        int interval = settings.current().get(Setting.CLOCK_ALIGNED_DATA_INTERVAL);
        if (interval <= 0) {
            return;
        }
        Instant now = clock.now();
        Instant boundary = AlignedSchedule.next(now, Duration.ofSeconds(interval));
        timer = scheduler.schedule(Duration.between(now, boundary), () -> boundary(boundary));
    }

    private void boundary(Instant at) {
        SettingsSnapshot snapshot = settings.current();
        List<String> aligned = snapshot.get(Setting.METER_VALUES_ALIGNED_DATA);
        List<String> forStop = snapshot.get(Setting.STOP_TXN_ALIGNED_DATA);
        for (Connector connector : connectors.all()) {
            MeterReading reading = hardware.read(connector.id);
            double start = periodStartWh.getOrDefault(connector.id, reading.energyWh());
            MeterSample value = MeasurandSampler.sample(reading, aligned, SampleContext.SAMPLE_CLOCK, at, start);
            if (!value.values().isEmpty()) {
                if (connector.transaction != null) {
                    journal.meterValues(connector.transaction.record, value);
                } else {
                    journal.meterValues(connector.id, value);
                }
                connector.lastMeterValue = value;
            }
            if (connector.transaction != null && !forStop.isEmpty()) {
                journal.keepForStop(connector.transaction.record,
                        MeasurandSampler.sample(reading, forStop, SampleContext.SAMPLE_CLOCK, at, start));
            }
            periodStartWh.put(connector.id, reading.energyWh());
        }
        schedule();
    }
}
