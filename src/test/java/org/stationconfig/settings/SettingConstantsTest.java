package org.stationconfig.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.settings.type.BooleanType;
import org.stationconfig.settings.type.DecimalType;
import org.stationconfig.settings.type.IntegerType;
import org.stationconfig.settings.type.ListType;
import org.stationconfig.settings.type.SettingType;

/**
 * Issue 12 item 3: the typed constants and the declarations are one list. Every declared setting has its
 * {@link Setting} constant and every constant a declaration, with the Java type the declaration's value type reads as;
 * a snapshot's typed value is the stored text read once.
 */
class SettingConstantsTest {

    private static final SettingsRegistry REGISTRY = new SettingsRegistry(new StationProperties(2, new BigDecimal("32"), 3,
            new BigDecimal("230"), List.of("Energy.Active.Import.Register", "Current.Import"), "Vendor", "Model",
            "SERIAL1", "1.0", "Meter", "METER1"));

    @Test
    void everyDeclaredSettingHasAConstantOfItsValueType() {
        Map<String, Setting<?>> constants = constants();
        assertEquals(new TreeSet<>(REGISTRY.all().stream().map(SettingDefinition::key).toList()),
                new TreeSet<>(constants.keySet()), "declared settings (left) and Setting constants (right)");
        List<String> wrong = new ArrayList<>();
        for (SettingDefinition definition : REGISTRY.all()) {
            Class<?> expected = javaType(definition.type());
            if (constants.get(definition.key()).valueType() != expected) {
                wrong.add(definition.key() + " reads as " + constants.get(definition.key()).valueType().getSimpleName()
                        + ", declared as " + definition.type().getClass().getSimpleName());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTypedValueIsTheStoredTextRead() {
        SettingsSnapshot defaults = new SettingsSnapshot(REGISTRY, Map.of(), 1);
        assertEquals(300, defaults.get(Setting.HEARTBEAT_INTERVAL));
        assertEquals(Boolean.TRUE, defaults.get(Setting.AUTHORIZATION_CACHE_ENABLED));
        assertEquals("SERIAL1", defaults.get(Setting.CHARGE_POINT_ID), "an unset id reads its defaultFrom setting");
        assertEquals(List.of("Energy.Active.Import.Register"), defaults.get(Setting.METER_VALUES_ALIGNED_DATA));
        assertEquals(null, defaults.get(Setting.ACCESS_KEY), "unset");
        assertEquals(defaults.get(Setting.HEARTBEAT_INTERVAL), defaults.get(Setting.HEARTBEAT_INTERVAL));
        for (SettingDefinition definition : REGISTRY.all()) {
            Object typed = defaults.get(constants().get(definition.key()));
            String text = defaults.value(definition.key());
            if (typed instanceof List<?> list) {
                assertEquals(text == null ? "" : text, String.join(",", list.stream().map(Object::toString).toList()),
                        definition.key());
            } else {
                assertEquals(text, typed == null ? null : typed.toString(), definition.key());
            }
        }
    }

    private static Class<?> javaType(SettingType type) {
        if (type instanceof BooleanType) {
            return Boolean.class;
        }
        if (type instanceof IntegerType) {
            return Integer.class;
        }
        if (type instanceof DecimalType) {
            return BigDecimal.class;
        }
        return type instanceof ListType ? List.class : String.class;
    }

    private static Map<String, Setting<?>> constants() {
        Map<String, Setting<?>> constants = new TreeMap<>();
        for (Field field : Setting.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Setting.class) {
                try {
                    Setting<?> setting = (Setting<?>) field.get(null);
                    constants.put(setting.key(), setting);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return constants;
    }
}
