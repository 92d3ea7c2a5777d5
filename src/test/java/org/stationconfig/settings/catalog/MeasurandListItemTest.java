package org.stationconfig.settings.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stationconfig.metering.Measurand;
import org.stationconfig.metering.MeasurandItem;
import org.stationconfig.settings.type.InvalidValueException;

/** Issue 12 item 3: what the settings accept in a measurand list is exactly what the station samples by. */
class MeasurandListItemTest {

    private static final List<String> ALL = Arrays.stream(Measurand.values()).map(Measurand::text).toList();

    @Test
    void everyChoiceTheAppIsOfferedIsAnItemOfTheStationsGrammar() {
        for (int phases = 1; phases <= 3; phases++) {
            for (String choice : new MeasurandListItem(ALL, phases).choices()) {
                assertEquals(choice, MeasurandItem.parse(choice).map(MeasurandItem::text).orElse(null), choice);
            }
        }
    }

    @Test
    void anyCaseInTheCanonicalSpellingStored() {
        MeasurandListItem item = new MeasurandListItem(ALL, 3);
        assertEquals("Voltage.L1-N", item.check("voltage.l1-n"));
        assertEquals("Current.Import.N", item.check("CURRENT.IMPORT.n"));
    }

    @Test
    void aPhaseTheStationDoesNotHaveIsRefused() {
        MeasurandListItem singlePhase = new MeasurandListItem(ALL, 1);
        assertEquals("Current.Import.L1", singlePhase.check("Current.Import.L1"));
        assertThrows(InvalidValueException.class, () -> singlePhase.check("Current.Import.L2"));
        assertThrows(InvalidValueException.class, () -> singlePhase.check("Energy.Active.Import.Register.L1"));
        assertThrows(InvalidValueException.class, () -> new MeasurandListItem(List.of("Voltage"), 3).check("SoC"));
    }
}
