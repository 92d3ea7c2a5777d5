package org.stationconfig.fuzz.ocpp;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.stationconfig.ocpp.rpc.Timestamps;

/**
 * A valid payload for a message record, read from its declaration (components, types, {@code @NotNull},
 * {@code @Size}, {@code @Min}/{@code @Max}) the way the station reads it, with every field it has a slot for: the
 * places a mutation can strike. New records and fields are covered without new fuzzing code.
 */
final class PayloadShapes {

    /** One field of the payload: where it is, what it is declared as, whether it must be there. */
    record Slot(List<Object> path, Argument<?> declared, boolean required) {
    }

    /** A payload tree and its slots. */
    record Shape(Map<String, Object> payload, List<Slot> slots) {
    }

    /** Keys a fuzzed ChangeConfiguration may touch: ones whose accepted values cannot end the link or its heartbeats. */
    static final List<String> CONFIGURATION_KEYS = List.of("MeterValueSampleInterval", "ClockAlignedDataInterval",
            "MinimumStatusDuration", "MaxEnergyOnInvalidId", "FallbackCurrentLimit", "StopTransactionOnInvalidId",
            "MeterValuesSampledData", "NoSuchKey", "meterValueSampleInterval");

    private final Random random;

    PayloadShapes(Random random) {
        this.random = random;
    }

    Shape valid(Class<?> type, boolean allFields) {
        List<Slot> slots = new ArrayList<>();
        return new Shape(object(type, List.of(), slots, allFields), slots);
    }

    private Map<String, Object> object(Class<?> type, List<Object> path, List<Slot> slots, boolean allFields) {
        BeanIntrospection<?> introspection = BeanIntrospection.getIntrospection(type);
        Map<String, Object> node = new LinkedHashMap<>();
        for (Argument<?> component : introspection.getConstructorArguments()) {
            boolean required = component.isPrimitive() || component.getAnnotationMetadata().hasStereotype(NotNull.class);
            List<Object> at = append(path, component.getName());
            slots.add(new Slot(at, component, required));
            if (required || allFields || random.nextBoolean()) {
                node.put(component.getName(), value(component, at, slots, allFields));
            }
        }
        return node;
    }

    private Object value(Argument<?> declared, List<Object> path, List<Slot> slots, boolean allFields) {
        Class<?> type = declared.getType();
        String name = String.valueOf(path.get(path.size() - 1));
        if (type == String.class) {
            return Json.string(text(declared, name));
        }
        if (type == Integer.class || type == int.class) {
            long min = declared.getAnnotationMetadata().longValue(Min.class, "value").orElse(0);
            long max = declared.getAnnotationMetadata().longValue(Max.class, "value").orElse(min + 2);
            return Json.number(Long.toString(min + random.nextInt((int) Math.min(3, max - min + 1))));
        }
        if (type == BigDecimal.class) {
            return Json.number(random.nextBoolean() ? "16" : "6.5");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Json.Raw(Boolean.toString(random.nextBoolean()));
        }
        if (type == Instant.class) {
            return Json.string(Timestamps.format(Instant.now().plusSeconds(3600 + random.nextInt(3600))));
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return Json.string(constants[random.nextInt(constants.length)].toString());
        }
        if (List.class.isAssignableFrom(type)) {
            Argument<?> item = declared.getTypeParameters()[0];
            int min = declared.getAnnotationMetadata().intValue(Size.class, "min").orElse(0);
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Math.max(1, min); i++) {
                List<Object> at = append(path, i);
                slots.add(new Slot(at, item, true));
                items.add(value(item, at, slots, allFields));
            }
            return items;
        }
        if (BeanIntrospector.SHARED.findIntrospection(type).isPresent()) {
            return object(type, path, slots, allFields);
        }
        throw new IllegalStateException("no valid value for " + type.getName() + " at " + path);
    }

    private String text(Argument<?> declared, String name) {
        if (name.equals("key")) {
            return CONFIGURATION_KEYS.get(random.nextInt(CONFIGURATION_KEYS.size()));
        }
        if (name.equals("value")) {
            return List.of("30", "0", "16.5", "true", "Energy.Active.Import.Register").get(random.nextInt(5));
        }
        int max = declared.getAnnotationMetadata().intValue(Size.class, "max").orElse(20);
        int min = declared.getAnnotationMetadata().intValue(Size.class, "min").orElse(1);
        int length = Math.max(min, Math.min(max, 1 + random.nextInt(8)));
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('A' + random.nextInt(26)));
        }
        return out.toString();
    }

    static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }
}
