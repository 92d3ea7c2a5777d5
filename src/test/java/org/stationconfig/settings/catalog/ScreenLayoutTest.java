package org.stationconfig.settings.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.catalog.ScreenLayout.Item;
import org.stationconfig.settings.catalog.ScreenLayout.ItemKind;
import org.stationconfig.settings.type.BooleanType;

/** The one declaration of where the app draws each setting (issue 14, "Drawing the screen from the API"). */
class ScreenLayoutTest {

    static final StationProperties STATION = new StationProperties(2, BigDecimal.valueOf(32), 3, BigDecimal.valueOf(230),
            List.of("Energy.Active.Import.Register", "Current.Import"), "V", "M", "S1", "1.0", "MT", "MS1");

    private final List<SettingDefinition> registry = SettingsCatalog.all(STATION);
    private final ScreenLayout layout = ScreenLayout.of(registry);

    @Test
    void everySettingHasExactlyOnePlaceAndEveryPlaceOneSetting() {
        Map<String, Integer> seen = new HashMap<>();
        layout.sections().forEach(section -> section.items().stream().filter(item -> item.kind() == ItemKind.SETTING)
                .forEach(item -> seen.merge(item.setting(), 1, Integer::sum)));
        for (SettingDefinition definition : registry) {
            assertEquals(1, seen.getOrDefault(definition.key(), 0), definition.key() + " drawn once");
            ScreenLayout.Place place = layout.place(definition.key());
            Item item = layout.section(place.section()).items().get(place.position() - 1);
            assertEquals(definition.key(), item.setting(), "the place points at the setting's own line");
        }
        assertEquals(registry.size(), seen.size(), "no line for a setting that does not exist");
    }

    @Test
    void theOcppScreenHasTheAppsSectionsAndLinesInTheAppsOrder() {
        List<String> lines = new ArrayList<>();
        layout.sections().stream().filter(section -> section.screen().equals(ScreenLayout.OCPP_SCREEN)).forEach(section -> {
            lines.add("# " + section.id() + " " + section.position());
            section.items().forEach(item -> lines.add(item.position() + " "
                    + (item.kind() == ItemKind.SETTING ? item.setting() : item.kind().name())));
        });
        assertEquals(List.of(
                "# ocpp.general 1", "1 protocol", "2 enabled", "3 CONNECTION_STATUS", "4 centralSystemUrl", "5 chargePointId",
                "# ocpp.authentication 2", "1 securityProfile", "2 accessKey", "3 accessKeyFormat", "4 CERTIFICATES",
                "# ocpp.connection 3", "1 fallbackLimit", "2 connectionCheckInterval", "3 reconnectInterval",
                "# ocpp.transmitting 4", "1 transactionMessageAttempts", "2 transactionMessageRetryInterval",
                "# ocpp.metering 5", "1 meterValueSampleInterval", "2 meterValuesSampledData"), lines);
        assertEquals(ScreenLayout.OCPP_SCREEN, layout.sections().get(0).screen(), "the OCPP screen comes first");
    }

    @Test
    void aSettingOffTheScreenIsInTheSectionOfItsGroup() {
        for (SettingDefinition definition : registry) {
            ScreenLayout.Place place = layout.place(definition.key());
            if (!place.screen().equals(ScreenLayout.OCPP_SCREEN)) {
                String group = definition.group().name().toLowerCase(java.util.Locale.ROOT);
                assertEquals(group, place.section(), definition.key());
                assertEquals(group, place.screen(), definition.key());
            }
        }
        assertEquals("transactions", layout.place("stopTransactionOnInvalidId").section());
        assertEquals("ocpp", layout.place("heartbeatInterval").section(), "OCPP keys not on the screen: their own section");
        assertTrue(layout.sections().stream().noneMatch(section -> section.items().isEmpty()), "no empty section");
    }

    @Test
    void aScreenLineForASettingThatDoesNotExistFailsAtStartUp() {
        List<SettingDefinition> withoutProtocol = registry.stream().filter(d -> !d.key().equals("protocol")).toList();
        assertThrows(IllegalStateException.class, () -> ScreenLayout.of(withoutProtocol));
        List<SettingDefinition> extra = new ArrayList<>(registry);
        extra.add(SettingDefinition.define("somethingNew", new BooleanType()).defaultValue("false").build());
        assertEquals("ocpp", ScreenLayout.of(extra).place("somethingNew").section(), "a new setting lands in its group");
    }
}
