package org.stationconfig.settings.type;

import org.stationconfig.i18n.Text;
import java.util.Map;

/**
 * A write-only secret. The type only takes the text; how it is read (hex or text) and checked is the access key
 * rule's job, because it depends on {@code accessKeyFormat} and on who writes. Never shown: see {@code SecretValue}.
 */
public record SecretType(int maxLength) implements SettingType {

    @Override
    public String name() {
        return "secret";
    }

    @Override
    public String fromJson(Object value) {
        return fromText(SettingType.text(value, Text.of("value.expected.text")));
    }

    @Override
    public String fromText(String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException(Text.of("value.secret.empty"));
        }
        if (text.length() > maxLength) {
            throw new InvalidValueException(Text.of("value.secret.length", maxLength, text.length()));
        }
        return text;
    }

    @Override
    public Object toJson(String canonical) {
        throw new UnsupportedOperationException("a secret is never shown");
    }

    @Override
    public Map<String, Object> constraints() {
        return Map.of("maxLength", maxLength);
    }
}
