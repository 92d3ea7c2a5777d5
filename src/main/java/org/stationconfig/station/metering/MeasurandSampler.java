package org.stationconfig.station.metering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stationconfig.metering.MeasurandItem;
import org.stationconfig.metering.Phase;
import org.stationconfig.station.hardware.MeterReading;

/**
 * A meter reading → a sample with exactly the configured measurands, in their order, each with its unit and the
 * configured phase. Without a phase: energy and power are the total over all phases, current the highest phase
 * current, voltage the mean line-to-neutral voltage. SoC is left out while no EV reports it; items the meter cannot
 * measure are left out (the settings accept only measurands the meter supports).
 */
public final class MeasurandSampler {

    private MeasurandSampler() {
    }

    /**
     * @param intervalStartWh the register at the start of the interval, for the {@code *.Interval} energy measurands
     */
    public static MeterSample sample(MeterReading reading, List<String> items, SampleContext context, Instant at,
                                    double intervalStartWh) {
        List<Sample> values = new ArrayList<>();
        for (String text : items) {
            MeasurandItem.parse(text).flatMap(item -> value(reading, item, context, intervalStartWh))
                    .ifPresent(values::add);
        }
        return new MeterSample(at, values);
    }

    private static Optional<Sample> value(MeterReading r, MeasurandItem item, SampleContext context,
                                                double intervalStartWh) {
        Phase phase = item.phase();
        return switch (item.measurand()) {
            case ENERGY_ACTIVE_IMPORT_REGISTER -> of(r.energyWh(), 0, item, context, null, Unit.Wh);
            case ENERGY_ACTIVE_IMPORT_INTERVAL ->
                    of(Math.max(0, r.energyWh() - intervalStartWh), 0, item, context, null, Unit.Wh);
            case POWER_ACTIVE_IMPORT -> power(r, phase)
                    .flatMap(watts -> of(watts, 0, item, context, null, Unit.W));
            case POWER_OFFERED -> (phase == null ? Optional.of(r.offeredA() * r.averageVoltageV() * r.phases())
                    : perPhase(r, phase, r.voltageV()).map(volts -> r.offeredA() * volts))
                    .flatMap(watts -> of(watts, 0, item, context, null, Unit.W));
            case CURRENT_IMPORT -> current(r, phase).flatMap(amps -> of(amps, 1, item, context, null, Unit.A));
            case CURRENT_OFFERED -> of(r.offeredA(), 1, item, context, null, Unit.A);
            case VOLTAGE -> voltage(r, phase).flatMap(volts -> of(volts, 1, item, context, null, Unit.V));
            // OCPP 1.6 has no unit for frequency: it is implicitly Hz
            case FREQUENCY -> of(r.frequencyHz(), 2, item, context, null, null);
            case TEMPERATURE -> of(r.temperatureC(), 1, item, context, SampleLocation.Body, Unit.Celsius);
            case SOC -> r.socPercent() == null ? Optional.empty()
                    : of(r.socPercent(), 0, item, context, SampleLocation.EV, Unit.Percent);
            default -> Optional.empty();
        };
    }

    private static Optional<Double> power(MeterReading r, Phase phase) {
        if (phase == null) {
            return Optional.of(r.totalPowerW());
        }
        int index = lineIndex(phase);
        return index < 0 || index >= r.phases() ? Optional.empty() : Optional.of(r.powerW(index));
    }

    /** The value of the line the phase names; empty for a phase that is no line of this station. */
    private static Optional<Double> perPhase(MeterReading r, Phase phase, List<Double> values) {
        int index = lineIndex(phase);
        return index < 0 || index >= values.size() ? Optional.empty() : Optional.of(values.get(index));
    }

    private static Optional<Double> current(MeterReading r, Phase phase) {
        List<Double> amps = r.currentA();
        if (phase == null) {
            return Optional.of(amps.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
        if (phase == Phase.N) {
            // the neutral carries the unbalance of the phase currents (120° apart)
            double a = amps.get(0);
            double b = amps.size() > 1 ? amps.get(1) : 0;
            double c = amps.size() > 2 ? amps.get(2) : 0;
            return Optional.of(Math.sqrt(Math.max(0, a * a + b * b + c * c - a * b - b * c - c * a)));
        }
        return perPhase(r, phase, amps);
    }

    private static Optional<Double> voltage(MeterReading r, Phase phase) {
        List<Double> volts = r.voltageV();
        if (phase == null) {
            return Optional.of(r.averageVoltageV());
        }
        return switch (phase) {
            case L1_L2 -> between(volts, 0, 1);
            case L2_L3 -> between(volts, 1, 2);
            case L3_L1 -> between(volts, 2, 0);
            default -> perPhase(r, phase, volts);
        };
    }

    /** Line-to-line voltage of two phases 120° apart. */
    private static Optional<Double> between(List<Double> volts, int a, int b) {
        if (Math.max(a, b) >= volts.size()) {
            return Optional.empty();
        }
        double va = volts.get(a);
        double vb = volts.get(b);
        return Optional.of(Math.sqrt(va * va + vb * vb + va * vb));
    }

    /** 0-based index of the line a phase names (L1 and L1-N are line 1); -1 for none. */
    private static int lineIndex(Phase phase) {
        if (phase == null) {
            return -1;
        }
        return switch (phase) {
            case L1, L1_N -> 0;
            case L2, L2_N -> 1;
            case L3, L3_N -> 2;
            default -> -1;
        };
    }

    private static Optional<Sample> of(double value, int decimals, MeasurandItem item, SampleContext context,
                                             SampleLocation location, Unit unit) {
        String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return Optional.of(new Sample(text, context, item.measurand(), item.phase(), location, unit));
    }
}
