package org.stationconfig.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 12 item 3: the one grammar of a measurand list item. */
class MeasurandItemTest {

    @Test
    void aLongMeasurandNameIsNeverReadAsAShorterOneWithAPhase() {
        assertEquals(Optional.of(new MeasurandItem(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null)),
                MeasurandItem.parse("Energy.Active.Import.Register"));
        assertEquals(Optional.of(new MeasurandItem(Measurand.CURRENT_IMPORT, Phase.N)),
                MeasurandItem.parse("Current.Import.N"));
        assertEquals(Optional.of(new MeasurandItem(Measurand.VOLTAGE, Phase.L3_L1)), MeasurandItem.parse("Voltage.L3-L1"));
    }

    @Test
    void anythingElseIsNoItem() {
        for (String text : List.of("", "Voltage.", "Voltage.L4", "voltage", "Volt", "Voltage.L1.L2", "Power.Active")) {
            assertEquals(Optional.empty(), MeasurandItem.parse(text), text);
        }
    }

    @Test
    void aStationWithFewerPhasesOffersOnlyItsLinesAndTheNeutral() {
        assertEquals(List.of(Phase.L1, Phase.N), MeasurandItem.phasesOf(Measurand.CURRENT_IMPORT, 1));
        assertEquals(List.of(Phase.L1, Phase.L2, Phase.L1_N, Phase.L2_N, Phase.L1_L2),
                MeasurandItem.phasesOf(Measurand.VOLTAGE, 2));
        assertEquals(List.of(), MeasurandItem.phasesOf(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, 3));
        assertEquals(List.of(Phase.L1, Phase.L2, Phase.L3), MeasurandItem.phasesOf(Measurand.POWER_OFFERED, 3));
    }

    @Test
    void everyItemReadsBackAsItIsSpelt() {
        for (Measurand measurand : Measurand.values()) {
            assertEquals(measurand.text(), MeasurandItem.parse(measurand.text()).orElseThrow().text());
            for (Phase phase : MeasurandItem.phasesOf(measurand, 3)) {
                String text = measurand.text() + "." + phase.text();
                MeasurandItem item = MeasurandItem.parse(text).orElseThrow();
                assertEquals(text, item.text());
                assertTrue(item.phase() == phase, text);
            }
        }
    }
}
