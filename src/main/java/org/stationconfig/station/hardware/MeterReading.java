package org.stationconfig.station.hardware;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One reading of a connector's meter.
 *
 * @param energyWh     the active import energy register
 * @param currentA     current per phase (L1, L2, L3, as many as the station has)
 * @param voltageV     line-to-neutral voltage per phase
 * @param offeredA     the current the power path offers per phase
 * @param temperatureC the temperature inside the station body
 * @param socPercent   the EV's state of charge, null when the EV does not report it
 */
public record MeterReading(double energyWh, List<Double> currentA, List<Double> voltageV, double offeredA,
                           double frequencyHz, double temperatureC, @Nullable Double socPercent) {

    public MeterReading {
        currentA = List.copyOf(currentA);
        voltageV = List.copyOf(voltageV);
    }

    public int phases() {
        return currentA.size();
    }

    /** Active power drawn on one phase (0-based), in watts (unity power factor). */
    public double powerW(int phase) {
        return currentA.get(phase) * voltageV.get(phase);
    }

    public double totalPowerW() {
        double sum = 0;
        for (int phase = 0; phase < phases(); phase++) {
            sum += powerW(phase);
        }
        return sum;
    }

    public double averageVoltageV() {
        return voltageV.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
