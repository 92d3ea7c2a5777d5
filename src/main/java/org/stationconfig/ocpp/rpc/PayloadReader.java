package org.stationconfig.ocpp.rpc;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON payload → message record, checking the constraints declared on the record components
 * ({@code @NotNull}, {@code @Size}, {@code @Min}/{@code @Max}/{@code @PositiveOrZero}, {@code @Digits}; see
 * {@link Constraints}) against the tree, so every violation gets its OCPP-J code and field path
 * ({@link Violation}). Unknown fields are ignored (SteVe #858). Records are built through Micronaut's
 * compile-time introspection ({@code @Introspected}), not reflection.
 * <p>Supported component types: String, int/Integer, BigDecimal, boolean/Boolean, Instant, enums, List of any
 * of these, and nested introspected records. A component is required when it is primitive or {@code @NotNull}.
 */
public final class PayloadReader {

    /** Reads a payload; throws {@link InvalidPayloadException} naming the first offending field. */
    public <T> T read(JsonNode payload, Class<T> type) {
        if (payload == null || !payload.isObject()) {
            throw new InvalidPayloadException(Violation.NOT_AN_OBJECT, "", "payload is not a JSON object");
        }
        return readObject(payload, type, "");
    }

    private <T> T readObject(JsonNode node, Class<T> type, String path) {
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection(type);
        Argument<?>[] components = introspection.getConstructorArguments();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Argument<?> component = components[i];
            values[i] = readField(node.get(component.getName()), component, join(path, component.getName()));
        }
        return introspection.instantiate(false, values); // nulls are fine: required-ness was checked above
    }

    private Object readField(JsonNode node, Argument<?> component, String field) {
        boolean required = component.isPrimitive() || component.getAnnotationMetadata().hasStereotype(NotNull.class);
        if (node == null) {
            if (required) {
                throw new InvalidPayloadException(Violation.MISSING_REQUIRED, field, "required field is missing");
            }
            return null;
        }
        if (node.isNull()) {
            if (required) {
                throw new InvalidPayloadException(Violation.WRONG_TYPE, field, "required field is null");
            }
            return null; // lenient: an optional null reads as absent
        }
        Object value = readValue(node, component, field);
        Constraints.check(value, component.getAnnotationMetadata(), field);
        return value;
    }

    private Object readValue(JsonNode node, Argument<?> declared, String field) {
        Class<?> type = declared.getType();
        if (type == String.class) {
            return expect(node.isString(), node, field, "string").getStringValue();
        }
        if (type == Integer.class || type == int.class) {
            return readInteger(expect(node.isNumber(), node, field, "integer"), field);
        }
        if (type == BigDecimal.class) {
            return DecimalBounds.check(expect(node.isNumber(), node, field, "number").getBigDecimalValue(), field);
        }
        if (type == Boolean.class || type == boolean.class) {
            return expect(node.isBoolean(), node, field, "boolean").getBooleanValue();
        }
        if (type == Instant.class) {
            return Timestamps.parse(expect(node.isString(), node, field, "dateTime").getStringValue())
                    .orElseThrow(() -> new InvalidPayloadException(Violation.WRONG_TYPE, field, "not an ISO-8601 dateTime"));
        }
        if (type.isEnum()) {
            return WireEnums.fromWire(type, expect(node.isString(), node, field, "string").getStringValue())
                    .orElseThrow(() -> new InvalidPayloadException(Violation.BAD_VALUE, field, "value is not one of the allowed values"));
        }
        if (List.class.isAssignableFrom(type)) {
            JsonNode array = expect(node.isArray(), node, field, "array");
            Constraints.checkItems(array.size(), declared.getAnnotationMetadata(), field); // before reading any item
            return readList(array, declared.getTypeParameters()[0], field);
        }
        if (BeanIntrospector.SHARED.findIntrospection(type).isPresent()) {
            return readObject(expect(node.isObject(), node, field, "object"), type, field);
        }
        throw new IllegalStateException("unsupported payload type " + type.getName() + " at " + field);
    }

    private List<Object> readList(JsonNode array, Argument<?> item, String field) {
        List<Object> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String itemField = field + "[" + i + "]";
            JsonNode element = array.get(i);
            if (element.isNull()) {
                throw new InvalidPayloadException(Violation.WRONG_TYPE, itemField, "array item is null");
            }
            Object value = readValue(element, item, itemField);
            Constraints.check(value, item.getAnnotationMetadata(), itemField);
            values.add(value);
        }
        return List.copyOf(values);
    }

    /** OCPP integers are 32-bit [S16 §2.1]; 5.0 counts as an integer (JSON schema draft-06 and later). */
    private static Integer readInteger(JsonNode node, String field) {
        Number number = node.getNumberValue();
        if (number instanceof Integer i) {
            return i;
        }
        if (number instanceof Long || number instanceof BigInteger) {
            throw new InvalidPayloadException(Violation.BAD_VALUE, field, "integer out of 32-bit range");
        }
        BigDecimal decimal = DecimalBounds.check(node.getBigDecimalValue(), field);
        if (decimal.stripTrailingZeros().scale() > 0) {
            throw new InvalidPayloadException(Violation.WRONG_TYPE, field, "expected integer");
        }
        try {
            return decimal.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidPayloadException(Violation.BAD_VALUE, field, "integer out of 32-bit range");
        }
    }

    private static JsonNode expect(boolean matches, JsonNode node, String field, String expected) {
        if (!matches) {
            throw new InvalidPayloadException(Violation.WRONG_TYPE, field, "expected " + expected);
        }
        return node;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
