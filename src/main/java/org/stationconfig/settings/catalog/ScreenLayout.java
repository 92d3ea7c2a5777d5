package org.stationconfig.settings.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stationconfig.settings.Group;
import org.stationconfig.settings.SettingDefinition;

/**
 * Where the app draws each setting: the phone app's "OCPP 1.6 JSON" screen, section by section in its order, and
 * one section per {@link Group} for every other setting, in registry order. The one place the layout is declared.
 */
public final class ScreenLayout {

    /** The screen the app mirrors (SPEC §2); every other section is alone on the screen of its group. */
    public static final String OCPP_SCREEN = "ocpp16json";

    public enum ItemKind { SETTING, CONNECTION_STATUS, CERTIFICATES }

    /** One line of a section: a setting (key), the connection on/off status line, or the certificates. */
    public record Item(ItemKind kind, int position, String setting) {
    }

    public record Section(String id, String screen, int position, List<Item> items) {
    }

    /** Where one setting is drawn. */
    public record Place(String section, String screen, int position) {
    }

    private static final List<List<String>> OCPP_SECTIONS = List.of(
            List.of("general", "protocol", "enabled", ItemKind.CONNECTION_STATUS.name(), "centralSystemUrl", "chargePointId"),
            List.of("authentication", "securityProfile", "accessKey", "accessKeyFormat", ItemKind.CERTIFICATES.name()),
            List.of("connection", "fallbackLimit", "connectionCheckInterval", "reconnectInterval"),
            List.of("transmitting", "transactionMessageAttempts", "transactionMessageRetryInterval"),
            List.of("metering", "meterValueSampleInterval", "meterValuesSampledData"));

    private final List<Section> sections;
    private final Map<String, Place> places;

    private ScreenLayout(List<Section> sections, Map<String, Place> places) {
        this.sections = List.copyOf(sections);
        this.places = Map.copyOf(places);
    }

    /** Lays out these settings; fails when the screen names a setting that does not exist or names one twice. */
    public static ScreenLayout of(Collection<SettingDefinition> settings) {
        Map<String, SettingDefinition> remaining = new LinkedHashMap<>();
        settings.forEach(definition -> remaining.put(definition.key(), definition));
        List<Section> sections = new ArrayList<>();
        Map<String, Place> places = new LinkedHashMap<>();
        for (List<String> declared : OCPP_SECTIONS) {
            String id = "ocpp." + declared.get(0);
            List<Item> items = new ArrayList<>();
            for (String entry : declared.subList(1, declared.size())) {
                int position = items.size() + 1;
                if (entry.equals(ItemKind.CONNECTION_STATUS.name()) || entry.equals(ItemKind.CERTIFICATES.name())) {
                    items.add(new Item(ItemKind.valueOf(entry), position, null));
                    continue;
                }
                if (remaining.remove(entry) == null) {
                    throw new IllegalStateException("the OCPP screen names " + entry + ", which is no setting or is placed twice");
                }
                items.add(new Item(ItemKind.SETTING, position, entry));
                places.put(entry, new Place(id, OCPP_SCREEN, position));
            }
            sections.add(new Section(id, OCPP_SCREEN, sections.size() + 1, items));
        }
        for (Group group : Group.values()) {
            String id = group.name().toLowerCase(Locale.ROOT);
            List<Item> items = new ArrayList<>();
            remaining.values().stream().filter(definition -> definition.group() == group).forEach(definition -> {
                items.add(new Item(ItemKind.SETTING, items.size() + 1, definition.key()));
                places.put(definition.key(), new Place(id, id, items.size()));
            });
            if (!items.isEmpty()) {
                sections.add(new Section(id, id, 1, items));
            }
        }
        return new ScreenLayout(sections, places);
    }

    /** The sections: the OCPP screen's first, in its order, then one per group. */
    public List<Section> sections() {
        return sections;
    }

    public Place place(String key) {
        Place place = places.get(key);
        if (place == null) {
            throw new IllegalArgumentException("no place for " + key);
        }
        return place;
    }

    public Section section(String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + id));
    }
}
