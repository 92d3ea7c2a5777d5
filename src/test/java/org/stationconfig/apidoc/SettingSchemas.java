package org.stationconfig.apidoc;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.stationconfig.i18n.Bundle;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.type.BooleanType;
import org.stationconfig.settings.type.DecimalType;
import org.stationconfig.settings.type.EnumType;
import org.stationconfig.settings.type.FreeTextType;
import org.stationconfig.settings.type.IntegerType;
import org.stationconfig.settings.type.ListType;
import org.stationconfig.settings.type.SecretType;
import org.stationconfig.settings.type.SettingType;
import org.stationconfig.settings.type.TextType;

/**
 * The {@code values} object of the settings PATCH body, one property per setting of the registry: the same type,
 * bounds, allowed values, unit and default the station checks against, so the document cannot drift from it.
 */
final class SettingSchemas {

    private SettingSchemas() {
    }

    /** Settings that nobody may write by default (constants such as NumberOfConnectors) are left out. */
    static Schema<?> values(Collection<SettingDefinition> settings, Map<String, Schema> components) {
        Map<String, Schema> properties = new TreeMap<>();
        for (SettingDefinition setting : settings) {
            if (!setting.defaultWriters().isEmpty()) {
                properties.put(setting.key(), schema(setting, components));
            }
        }
        Schema<?> values = new ObjectSchema();
        values.setProperties(new LinkedHashMap<>(properties));
        values.setAdditionalProperties(Boolean.FALSE);
        values.setNullable(true);
        values.setDescription("The settings to change, by key; a key that is not listed here is refused (422). "
                + "null resets a setting to its default (a secret: removes it). Bounds are those of the shipped "
                + "station model; GET /api/v1/settings gives this station's own constraints and says which settings "
                + "the caller may change.");
        return values;
    }

    static Schema<?> schema(SettingDefinition setting, Map<String, Schema> components) {
        Schema<?> schema = typed(setting, components);
        schema.setNullable(true);
        schema.setDescription(description(setting));
        if (setting.defaultValue() != null && !setting.secret()) {
            schema.setExample(setting.type().toJson(setting.defaultValue()));
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("x-label", label(setting));
        extensions.put("x-group", setting.group().name());
        if (setting.unit() != null) {
            extensions.put("x-unit", setting.unit());
        }
        if (setting.ocppKey() != null) {
            extensions.put("x-ocpp-key", setting.ocppKey());
        }
        extensions.put("x-applies", setting.applies().label());
        schema.setExtensions(extensions);
        return schema;
    }

    /** The English label and help of the text bundle: the document is in English, the app asks in its language. */
    private static String label(SettingDefinition setting) {
        return Bundle.text(Locale.ENGLISH, "setting." + setting.key() + ".label");
    }

    private static Optional<String> help(SettingDefinition setting) {
        return Bundle.find(Locale.ENGLISH, "setting." + setting.key() + ".help");
    }

    private static String description(SettingDefinition setting) {
        List<String> parts = new ArrayList<>();
        parts.add(label(setting) + (setting.unit() == null ? "" : " (" + setting.unit() + ")") + ".");
        help(setting).ifPresent(help -> parts.add(help.endsWith(".") ? help : help + "."));
        if (setting.secret()) {
            parts.add("Secret: never returned, only whether it is set.");
        }
        if (setting.defaultValue() != null && !setting.secret()) {
            parts.add("Default: " + (setting.defaultValue().isEmpty() ? "empty" : setting.defaultValue()) + ".");
        } else if (setting.defaultFrom() != null) {
            parts.add("Default: the value of " + setting.defaultFrom() + ".");
        }
        if (setting.type() instanceof ListType) {
            parts.add("Also taken as OCPP comma-separated text.");
        }
        if (setting.type() instanceof TextType text && text.allowedText() != null) {
            parts.add("Allowed characters: " + text.allowedText().english() + ".");
        }
        if (setting.type() instanceof FreeTextType text) {
            parts.add("Any script; no control characters" + (text.multiLine() ? " other than line breaks" : "")
                    + "; at most " + text.maxLength() + " characters.");
        }
        if (setting.type() instanceof EnumType enumType && !enumType.unavailable().isEmpty()) {
            new TreeMap<>(enumType.unavailable()).forEach((value, reason) -> parts.add(value + " is refused: " + reason + "."));
        }
        parts.add("Applies " + switch (setting.applies()) {
            case IMMEDIATELY -> "at once.";
            case RECONNECT -> "by reconnecting to the central system.";
            case RESTART -> "at the next start of the service.";
        });
        return String.join(" ", parts);
    }

    private static Schema<?> typed(SettingDefinition setting, Map<String, Schema> components) {
        SettingType type = setting.type();
        if (type instanceof IntegerType integer) {
            IntegerSchema schema = new IntegerSchema();
            boolean fitsInt = integer.min() >= Integer.MIN_VALUE && integer.max() <= Integer.MAX_VALUE;
            schema.setFormat(fitsInt ? "int32" : "int64");
            schema.setMinimum(BigDecimal.valueOf(integer.min()));
            schema.setMaximum(BigDecimal.valueOf(integer.max()));
            return schema;
        }
        if (type instanceof DecimalType decimal) {
            NumberSchema schema = new NumberSchema();
            schema.setMinimum(decimal.min());
            schema.setMaximum(decimal.max().get());
            schema.setMultipleOf(BigDecimal.ONE.movePointLeft(decimal.scale()));
            return schema;
        }
        if (type instanceof BooleanType) {
            return new BooleanSchema();
        }
        if (type instanceof TextType text) {
            StringSchema schema = new StringSchema();
            schema.setMinLength(text.minLength());
            schema.setMaxLength(text.maxLength());
            return schema;
        }
        if (type instanceof FreeTextType text) {
            StringSchema schema = new StringSchema();
            schema.setMaxLength(text.maxLength());
            return schema;
        }
        if (type instanceof EnumType enumType) {
            StringSchema schema = new StringSchema();
            schema.setEnum(new ArrayList<>(enumType.values()));
            return schema;
        }
        if (type instanceof ListType list) {
            ArraySchema schema = new ArraySchema();
            if (list.item().choices().isEmpty()) {
                schema.setItems(new StringSchema());
            } else {
                // a named enum: openapi-generator's Java clients do not compile an inline enum of list items
                String name = Character.toUpperCase(setting.key().charAt(0)) + setting.key().substring(1) + "Item";
                StringSchema item = new StringSchema();
                item.setEnum(new ArrayList<>(list.item().choices()));
                item.setDescription("One item of " + setting.key() + ".");
                components.put(name, item);
                schema.setItems(new Schema<>().$ref("#/components/schemas/" + name));
            }
            schema.setMaxItems(list.maxItems());
            schema.setUniqueItems(true);
            return schema;
        }
        if (type instanceof SecretType secret) {
            StringSchema schema = new StringSchema();
            schema.setFormat("password");
            schema.setMaxLength(secret.maxLength());
            schema.setWriteOnly(true);
            return schema;
        }
        throw new IllegalStateException("the API document has no schema for the setting type " + type.name()
                + ": add it to SettingSchemas");
    }
}
