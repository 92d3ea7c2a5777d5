package org.stationconfig.station;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.stationconfig.settings.SettingsChanged;
import org.stationconfig.station.hardware.ChargingHardware;

/**
 * Brings the station up at start: what the connectors remember and the hardware reports, transactions a power loss
 * interrupted (stopped with PowerLoss), the reservations still valid, the power path, clock-aligned metering; then
 * runs the station tick ({@code station.control-interval}, 1 s) that follows the active limit and ends expired
 * reservations. Setting changes apply here.
 */
@Context
class StationStartup {

    private final StationThread thread;
    private final ChargingHardware hardware;
    private final Connectors connectors;
    private final Transactions transactions;
    private final PowerControl power;
    private final PeriodicMetering periodic;
    private final AlignedMetering aligned;
    private final Reservations reservations;
    private final Duration tick;

    StationStartup(StationThread thread, ChargingHardware hardware, ChargingFlow flow, Connectors connectors,
                   Transactions transactions, PowerControl power, PeriodicMetering periodic, AlignedMetering aligned,
                   Reservations reservations, @Value("${station.control-interval:1s}") Duration tick) {
        this.thread = thread;
        this.hardware = hardware;
        this.connectors = connectors;
        this.transactions = transactions;
        this.power = power;
        this.periodic = periodic;
        this.aligned = aligned;
        this.reservations = reservations;
        this.tick = tick;
        hardware.listen(flow); // events wait on the station thread behind the start below
        thread.execute(this::start);
    }

    private void start() {
        connectors.load(hardware);
        transactions.recoverAfterRestart();
        reservations.load();
        power.apply();
        aligned.schedule();
        thread.schedule(tick, this::tick);
    }

    private void tick() {
        reservations.tick(); // expiry dates
        transactions.tick();
        power.apply();
        thread.schedule(tick, this::tick);
    }

    /**
     * Ends the station's work before what it uses (SQLite) is closed: this bean is created after the repositories,
     * so it is destroyed before them, unlike the station thread itself.
     */
    @PreDestroy
    void shutDown() {
        thread.shutdown();
    }

    @EventListener
    void on(SettingsChanged change) {
        thread.execute(() -> {
            if (change.touches("meterValueSampleInterval")) {
                connectors.all().forEach(periodic::schedule);
            }
            if (change.touches("clockAlignedDataInterval")) {
                aligned.schedule();
            }
            if (change.touches("fallbackLimit", "enabled")) {
                power.apply();
            }
        });
    }
}
