package org.stationconfig.settings.type;

import java.util.LinkedHashMap;
import org.stationconfig.i18n.Text;
import java.util.Map;

/**
 * Text for people (a name, a comment) in any script, of bounded length counted in characters (code points). Control
 * characters are refused, except line breaks where the text may have several lines; surrounding spaces are dropped.
 */
public record FreeTextType(int maxLength, boolean multiLine) implements SettingType {

    @Override
    public String name() {
        return "string";
    }

    @Override
    public String fromJson(Object value) {
        return fromText(SettingType.text(value, Text.of("value.expected.text")));
    }

    @Override
    public String fromText(String value) {
        String text = value.strip();
        if (multiLine) {
            text = text.replace("\r\n", "\n");
        }
        boolean control = text.codePoints().anyMatch(c -> (Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE) && !(multiLine && c == '\n'));
        if (control) {
            throw new InvalidValueException(Text.of(multiLine ? "value.freeText.controlMultiLine" : "value.freeText.control"));
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new InvalidValueException(Text.of("value.freeText.length", maxLength, length));
        }
        return text;
    }

    @Override
    public Object toJson(String canonical) {
        return canonical;
    }

    @Override
    public Map<String, Object> constraints() {
        Map<String, Object> constraints = new LinkedHashMap<>();
        constraints.put("minLength", 0);
        constraints.put("maxLength", maxLength);
        constraints.put("multiLine", multiLine);
        return constraints;
    }
}
