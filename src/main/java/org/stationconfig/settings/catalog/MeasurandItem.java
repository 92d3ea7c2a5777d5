package org.stationconfig.settings.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.type.InvalidValueException;
import org.stationconfig.settings.type.ListItem;
import org.stationconfig.settings.type.Texts;

/**
 * A measurand the meter supports, optionally with a phase suffix ({@code Voltage.L1}, {@code Current.Import.L2}).
 * Which phases fit a measurand, and how many phases the station has, limit the suffixes.
 */
final class MeasurandItem implements ListItem {

    private static final List<String> LINE_PHASES = List.of("L1", "L2", "L3");
    private static final Map<String, List<String>> PHASES_BY_MEASURAND = Map.of(
            "Current.Import", List.of("L1", "L2", "L3", "N"),
            "Current.Export", List.of("L1", "L2", "L3", "N"),
            "Current.Offered", LINE_PHASES,
            "Voltage", List.of("L1", "L2", "L3", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1"),
            "Power.Active.Import", LINE_PHASES,
            "Power.Active.Export", LINE_PHASES,
            "Power.Offered", LINE_PHASES);

    private final List<String> supported;
    private final int stationPhases;

    MeasurandItem(List<String> supported, int stationPhases) {
        this.supported = List.copyOf(supported);
        this.stationPhases = stationPhases;
    }

    @Override
    public String check(String item) {
        for (String measurand : supported) {
            if (item.equalsIgnoreCase(measurand)) {
                return measurand;
            }
            String prefix = measurand + ".";
            if (item.length() > prefix.length() && item.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return measurand + "." + phase(measurand, item.substring(prefix.length()));
            }
        }
        throw new InvalidValueException(Text.of("rule.measurand.unsupported", Texts.excerpt(item), String.join(", ", supported)));
    }

    private String phase(String measurand, String suffix) {
        for (String phase : phasesOf(measurand)) {
            if (phase.equalsIgnoreCase(suffix)) {
                return phase;
            }
        }
        throw new InvalidValueException(phasesOf(measurand).isEmpty()
                ? Text.of("rule.measurand.noPhases", measurand, Texts.excerpt(suffix))
                : Text.of("rule.measurand.phase", measurand, Texts.excerpt(suffix), String.join(", ", phasesOf(measurand))));
    }

    private List<String> phasesOf(String measurand) {
        return PHASES_BY_MEASURAND.getOrDefault(measurand, List.of()).stream()
                .filter(phase -> phase.equals("N") || phase.chars().filter(Character::isDigit)
                        .allMatch(digit -> digit - '0' <= stationPhases))
                .toList();
    }

    @Override
    public List<String> choices() {
        List<String> choices = new ArrayList<>();
        for (String measurand : supported) {
            choices.add(measurand);
            phasesOf(measurand).forEach(phase -> choices.add(measurand + "." + phase));
        }
        return choices;
    }
}
