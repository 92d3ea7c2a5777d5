package org.stationconfig.station.metering;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** One item of a measurand list setting: a measurand and optionally a phase, as in {@code Voltage.L1-N}. */
public record MeasurandItem(Measurand measurand, @Nullable Phase phase) {

    /** The longest measurand name first, so {@code Energy.Active.Import.Register} never reads as a phase suffix. */
    private static final Measurand[] BY_LENGTH = Arrays.stream(Measurand.values())
            .sorted(Comparator.comparingInt((Measurand m) -> m.text().length()).reversed())
            .toArray(Measurand[]::new);

    public static Optional<MeasurandItem> parse(String item) {
        for (Measurand measurand : BY_LENGTH) {
            String name = measurand.text();
            if (item.equals(name)) {
                return Optional.of(new MeasurandItem(measurand, null));
            }
            if (item.startsWith(name + ".")) {
                return Phase.ofText(item.substring(name.length() + 1))
                        .map(phase -> new MeasurandItem(measurand, phase));
            }
        }
        return Optional.empty();
    }
}
