package org.stationconfig.station.hardware;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import org.stationconfig.station.connector.ConnectorFault;

/**
 * One simulated connector and the EV on it. The meter integrates energy from what the EV really draws: the offered
 * current, capped by the EV's own maximum, and nothing while unplugged, not asking or faulted. Not thread-safe: the
 * {@link Simulator} guards it.
 */
final class SimulatedConnector {

    private final SimulatorProperties ev;
    private final int phases;
    private final double voltage;
    private boolean plugged;
    private boolean evDrawing;
    private boolean locked;
    private ConnectorFault fault;
    private double offeredA;
    private double energyWh;
    private Double socPercent;
    private Instant lastUpdate;

    SimulatedConnector(SimulatorProperties ev, int phases, double voltage, Instant now) {
        this.ev = ev;
        this.phases = phases;
        this.voltage = voltage;
        this.lastUpdate = now;
    }

    /** Books the energy drawn since the last update at the conditions that held until now. */
    void advance(Instant now) {
        double hours = Duration.between(lastUpdate, now).toNanos() / 3.6e12;
        if (hours > 0) {
            double wh = drawnA() * voltage * phases * hours;
            energyWh += wh;
            if (socPercent != null) {
                socPercent = Math.min(100, socPercent + wh / ev.evBatteryWh() * 100);
            }
            lastUpdate = now;
        }
    }

    double drawnA() {
        return plugged && evDrawing && fault == null ? Math.min(offeredA, ev.evMaxCurrent()) : 0;
    }

    void plug() {
        plugged = true;
        evDrawing = true;
        socPercent = ev.evStartSoc();
    }

    void unplug() {
        plugged = false;
        evDrawing = false;
        locked = false; // the cable is gone from the socket
        socPercent = null;
    }

    MeterReading read() {
        double current = drawnA();
        return new MeterReading(energyWh, Collections.nCopies(phases, current), Collections.nCopies(phases, voltage),
                fault == null ? offeredA : 0, ev.frequencyHz(), ev.temperatureC(), socPercent);
    }

    ConnectorSignals signals() {
        return new ConnectorSignals(plugged, evDrawing, locked, fault);
    }

    boolean plugged() {
        return plugged;
    }

    boolean evDrawing() {
        return evDrawing;
    }

    void evDrawing(boolean drawing) {
        evDrawing = drawing;
    }

    ConnectorFault fault() {
        return fault;
    }

    void fault(ConnectorFault code) {
        fault = code;
    }

    void offer(double amps) {
        offeredA = amps;
    }

    /** A lock with a ConnectorLockFailure fault does not move. */
    boolean lock(boolean lock) {
        if (fault == ConnectorFault.ConnectorLockFailure) {
            return false;
        }
        locked = lock && plugged;
        return true;
    }
}
