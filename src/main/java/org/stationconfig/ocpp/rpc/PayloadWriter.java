package org.stationconfig.ocpp.rpc;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Message record → JSON payload, the mirror of {@link PayloadReader}: absent (null) fields are omitted, never
 * written as null; enums in their spec spelling; timestamps per {@link Timestamps#format}; an empty record is
 * {@code {}}. Independent of the application's serde configuration, so the wire format cannot drift with it.
 */
public final class PayloadWriter {

    public JsonNode write(Object message) {
        return writeObject(message);
    }

    @SuppressWarnings("unchecked")
    private JsonNode writeObject(Object record) {
        BeanIntrospection<Object> introspection = (BeanIntrospection<Object>) BeanIntrospection.getIntrospection(record.getClass());
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (BeanProperty<Object, Object> property : introspection.getBeanProperties()) {
            Object value = property.get(record);
            if (value != null) {
                fields.put(property.getName(), writeValue(value, property.getName()));
            }
        }
        return JsonNode.createObjectNode(fields);
    }

    private JsonNode writeValue(Object value, String field) {
        if (value instanceof String text) {
            return JsonNode.createStringNode(text);
        }
        if (value instanceof Integer number) {
            return JsonNode.createNumberNode(number);
        }
        if (value instanceof BigDecimal number) {
            return JsonNode.createNumberNode(number);
        }
        if (value instanceof Boolean flag) {
            return JsonNode.createBooleanNode(flag);
        }
        if (value instanceof Instant instant) {
            return JsonNode.createStringNode(Timestamps.format(instant));
        }
        if (value instanceof Enum<?> constant) {
            return JsonNode.createStringNode(WireEnums.toWire(constant));
        }
        if (value instanceof List<?> list) {
            List<JsonNode> items = new ArrayList<>(list.size());
            for (Object item : list) {
                if (item == null) {
                    throw new IllegalArgumentException(field + ": a list item is null");
                }
                items.add(writeValue(item, field));
            }
            return JsonNode.createArrayNode(items);
        }
        if (BeanIntrospector.SHARED.findIntrospection(value.getClass()).isPresent()) {
            return writeObject(value);
        }
        throw new IllegalStateException("unsupported payload type " + value.getClass().getName() + " at " + field);
    }
}
