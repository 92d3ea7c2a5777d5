package org.stationconfig.settings.type;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.stationconfig.i18n.Text;

/**
 * Printable ASCII text of bounded length, optionally restricted to a character set. Surrounding spaces of pasted
 * input are dropped.
 *
 * @param allowed     a regular expression one character must match, or null for any printable ASCII
 * @param allowedText how {@code allowed} reads for a person (a bundle text), e.g. "letters, digits and * - _ = + | @ ."
 */
public record TextType(int minLength, int maxLength, Pattern allowed, Text allowedText) implements SettingType {

    public static TextType ascii(int minLength, int maxLength) {
        return new TextType(minLength, maxLength, null, null);
    }

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
        if (text.isEmpty() && minLength > 0) {
            throw new InvalidValueException(Text.of("value.text.empty"));
        }
        if (!Texts.isPrintableAscii(text)) {
            throw new InvalidValueException(Text.of("value.text.ascii"));
        }
        if (text.length() < minLength || text.length() > maxLength) {
            throw new InvalidValueException(Text.of("value.text.length", minLength, maxLength, text.length()));
        }
        if (allowed != null) {
            for (char c : text.toCharArray()) {
                if (!allowed.matcher(String.valueOf(c)).matches()) {
                    throw new InvalidValueException(Text.of("value.text.notAllowed", allowedText, String.valueOf(c)));
                }
            }
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
        constraints.put("minLength", minLength);
        constraints.put("maxLength", maxLength);
        if (allowedText != null) {
            constraints.put("allowedCharacters", allowedText.english());
        }
        return constraints;
    }
}
