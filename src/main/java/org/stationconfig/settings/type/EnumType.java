package org.stationconfig.settings.type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stationconfig.i18n.Text;

/**
 * One of a fixed list, matched case-insensitively (OCPP values are CiStrings).
 *
 * @param unavailable values that are listed for the app but refused, with the reason in English; the app is told
 *                    the bundle's {@code value.enum.unavailable.<value>} in its language
 */
public record EnumType(List<String> values, Map<String, String> unavailable) implements SettingType {

    public static EnumType of(String... values) {
        return new EnumType(List.of(values), Map.of());
    }

    @Override
    public String name() {
        return "enum";
    }

    @Override
    public String fromJson(Object value) {
        return fromText(SettingType.text(value, Text.of("value.expected.oneOf", String.join(", ", allValues()))));
    }

    @Override
    public String fromText(String value) {
        String text = value.strip();
        for (String candidate : allValues()) {
            if (candidate.equalsIgnoreCase(text)) {
                if (unavailable.containsKey(candidate)) {
                    throw new InvalidValueException(Text.of("value.enum.unavailable." + candidate));
                }
                return candidate;
            }
        }
        throw new InvalidValueException(Text.of("value.enum", String.join(", ", allValues()), Texts.excerpt(value)));
    }

    private List<String> allValues() {
        List<String> all = new ArrayList<>(values);
        all.addAll(unavailable.keySet());
        return all;
    }

    @Override
    public Object toJson(String canonical) {
        return canonical;
    }

    @Override
    public Map<String, Object> constraints() {
        Map<String, Object> constraints = new LinkedHashMap<>();
        constraints.put("values", allValues());
        if (!unavailable.isEmpty()) {
            constraints.put("unavailable", unavailable);
        }
        return constraints;
    }
}
