package org.stationconfig.settings.type;

import org.stationconfig.i18n.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of a fixed list, matched case-insensitively (OCPP values are CiStrings).
 *
 * @param unavailable values that are listed for the app but refused, with the reason shown to the installer
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
                String reason = unavailable.get(candidate);
                if (reason != null) {
                    throw new InvalidValueException(reason);
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
