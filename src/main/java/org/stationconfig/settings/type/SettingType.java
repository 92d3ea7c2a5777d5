package org.stationconfig.settings.type;

import java.util.Map;
import org.stationconfig.i18n.Text;

/**
 * How one setting's value is read, checked and shown. Values are kept as canonical strings (what OCPP
 * GetConfiguration reports); the app reads and writes typed JSON. Both entry points end in the same checks, so a
 * value is valid or invalid whatever its source.
 */
public sealed interface SettingType
        permits IntegerType, DecimalType, BooleanType, TextType, FreeTextType, EnumType, ListType, SecretType {

    /** The name the app sees in {@code type}. */
    String name();

    /** Reads a value from the app's JSON (String, Boolean, Number, List). */
    String fromJson(Object value);

    /** Reads a value given as text, as ChangeConfiguration sends it. */
    String fromText(String value);

    /** The canonical value as typed JSON for the app. */
    Object toJson(String canonical);

    /** Bounds and allowed values for the app's input form. */
    Map<String, Object> constraints();

    static Text describe(Object value) {
        String kind;
        if (value == null) {
            kind = "null";
        } else if (value instanceof String) {
            kind = "string";
        } else if (value instanceof Boolean) {
            kind = "boolean";
        } else if (value instanceof Number) {
            kind = "number";
        } else if (value instanceof java.util.List) {
            kind = "list";
        } else {
            kind = "object";
        }
        return Text.of("value.actual." + kind);
    }

    /** The app's value as text, for the types that take text; anything else is the wrong type. */
    static String text(Object value, Text expected) {
        if (value instanceof String text) {
            return text;
        }
        throw wrongType(expected, value);
    }

    static InvalidValueException wrongType(Text expected, Object value) {
        return new InvalidValueException(Text.of("value.wrongType", expected, describe(value)));
    }
}
