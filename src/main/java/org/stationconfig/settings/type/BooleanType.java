package org.stationconfig.settings.type;

import org.stationconfig.i18n.Text;
import java.util.Locale;
import java.util.Map;

/** true or false; as text also 1 or 0, since some central systems send those. */
public record BooleanType() implements SettingType {

    @Override
    public String name() {
        return "boolean";
    }

    @Override
    public String fromJson(Object value) {
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        throw SettingType.wrongType(Text.of("value.expected.boolean"), value);
    }

    @Override
    public String fromText(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> "true";
            case "false", "0" -> "false";
            default -> throw new InvalidValueException(Text.of("value.boolean", Texts.excerpt(value)));
        };
    }

    @Override
    public Object toJson(String canonical) {
        return Boolean.parseBoolean(canonical);
    }

    @Override
    public Map<String, Object> constraints() {
        return Map.of();
    }
}
