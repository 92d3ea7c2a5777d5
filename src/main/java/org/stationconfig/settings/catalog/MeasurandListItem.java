package org.stationconfig.settings.catalog;

import java.util.ArrayList;
import java.util.List;
import org.stationconfig.i18n.Text;
import org.stationconfig.metering.Measurand;
import org.stationconfig.metering.Phase;
import org.stationconfig.settings.type.InvalidValueException;
import org.stationconfig.settings.type.ListItem;
import org.stationconfig.settings.type.Texts;

/**
 * A measurand the meter supports, optionally with a phase suffix ({@code Voltage.L1}, {@code Current.Import.L2}), as
 * an item of a list setting: any case in, the canonical spelling stored. Which phases fit a measurand is the station's
 * one grammar ({@link org.stationconfig.metering.MeasurandItem}); how many phases the station has limits them.
 */
final class MeasurandListItem implements ListItem {

    private final List<String> supported;
    private final int stationPhases;

    MeasurandListItem(List<String> supported, int stationPhases) {
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
        return Measurand.ofText(measurand)
                .map(known -> org.stationconfig.metering.MeasurandItem.phasesOf(known, stationPhases))
                .orElse(List.of()).stream().map(Phase::text).toList();
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
