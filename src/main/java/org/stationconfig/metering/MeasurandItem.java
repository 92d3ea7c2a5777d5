package org.stationconfig.metering;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One item of a measurand list setting: a measurand and optionally a phase, as in {@code Voltage.L1-N}. The one place
 * that says how an item is spelt and which phases fit a measurand: the settings check a list with it
 * ({@code settings/catalog}), the station samples by it ({@code station/metering}).
 */
public record MeasurandItem(Measurand measurand, @Nullable Phase phase) {

    private static final List<Phase> LINES = List.of(Phase.L1, Phase.L2, Phase.L3);
    private static final Map<Measurand, List<Phase>> PHASES = Map.of(
            Measurand.CURRENT_IMPORT, List.of(Phase.L1, Phase.L2, Phase.L3, Phase.N),
            Measurand.CURRENT_EXPORT, List.of(Phase.L1, Phase.L2, Phase.L3, Phase.N),
            Measurand.CURRENT_OFFERED, LINES,
            Measurand.VOLTAGE, List.of(Phase.L1, Phase.L2, Phase.L3, Phase.L1_N, Phase.L2_N, Phase.L3_N,
                    Phase.L1_L2, Phase.L2_L3, Phase.L3_L1),
            Measurand.POWER_ACTIVE_IMPORT, LINES,
            Measurand.POWER_ACTIVE_EXPORT, LINES,
            Measurand.POWER_OFFERED, LINES);

    /** The longest measurand name first, so {@code Energy.Active.Import.Register} never reads as a phase suffix. */
    private static final Measurand[] BY_LENGTH = Arrays.stream(Measurand.values())
            .sorted(Comparator.comparingInt((Measurand m) -> m.text().length()).reversed())
            .toArray(Measurand[]::new);

    /** A stored item, spelt exactly as the settings store it; empty for anything else. */
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

    /**
     * The phases a measurand may be sampled on at a station with this many phases: the neutral always, a line or a
     * pair of lines only where the station has them; none for a measurand that has no phases (energy, frequency, ...).
     */
    public static List<Phase> phasesOf(Measurand measurand, int stationPhases) {
        return PHASES.getOrDefault(measurand, List.of()).stream()
                .filter(phase -> phase.lines().stream().allMatch(line -> line <= stationPhases))
                .toList();
    }

    /** As the settings spell it. */
    public String text() {
        return phase == null ? measurand.text() : measurand.text() + "." + phase.text();
    }
}
