package org.stationconfig.fuzz.ocpp;

import io.micronaut.core.type.Argument;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.stationconfig.ocpp.v16.ActionDefinition;

/**
 * Hostile frames for the actions a central system may send, from a seeded random source: the same seed gives the
 * same frames. Each frame is a valid payload of the action's record with one mutation: a field missing or added,
 * a wrong JSON type, a boundary or hostile value, a huge string, deep nesting; or a frame that is no frame at all
 * (not JSON, bad message id, wrong shape, unsolicited answers, unknown actions).
 */
final class FrameFactory {

    /** What a frame tries; the figures are counted per kind. */
    enum Kind { VALID, MISSING_FIELD, EXTRA_FIELD, WRONG_TYPE, HOSTILE_VALUE, HUGE_STRING, DEEP_NESTING, NOT_JSON,
        BAD_MESSAGE_ID, BAD_FRAME_SHAPE, UNSOLICITED, UNKNOWN_ACTION }

    record Frame(Kind kind, String action, String messageId, String text) {
    }

    private static final List<String> WRONG_TYPES = List.of("null", "true", "false", "0", "-1", "1.5", "\"\"",
            "\"text\"", "[]", "[1]", "{}", "{\"a\":1}");
    private static final List<String> HOSTILE_NUMBERS = List.of("1e999999999", "-1e999999999", "1.0e-999999999",
            "1E-400", "0e-999999999", "1E+2147483647", "123456789012345678901234567890", "2147483647", "2147483648",
            "-2147483648", "-2147483649", "-0", "-0.0", "5.0", "1e2", "0.05", "16.05", "-1", "0", "1e-7",
            "9" .repeat(400), "0." + "0".repeat(300) + "1");
    private static final List<String> HOSTILE_TEXTS = List.of("", " ", "\u0000", "\u202Etxet", "😀😀😀", "'; DROP TABLE settings; --",
            "../../../../etc/passwd", "%s%n%x", "${jndi:ldap://fuzz.invalid/a}", "<script>alert(1)</script>",
            "\r\nX-Injected: 1", "\\", "\"", "\uD800", "NaN", "Infinity", "1e999999999", "ftp://user:pass@fuzz.invalid/x?token=1",
            "2026-02-30T00:00:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "0000-00-00T00:00:00Z",
            "2026-01-01", "2026-01-01T00:00:00+25:00", "Accepted", "accepted");

    private final Random random;
    private final PayloadShapes shapes;
    private final List<ActionDefinition<?, ?>> actions;
    private long ids;

    FrameFactory(Random random, List<ActionDefinition<?, ?>> actions) {
        this.random = random;
        this.shapes = new PayloadShapes(random);
        this.actions = actions;
    }

    Frame next() {
        ActionDefinition<?, ?> action = actions.get(random.nextInt(actions.size()));
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        String id = "f" + (++ids);
        PayloadShapes.Shape shape = shapes.valid(action.requestType(), random.nextBoolean());
        Map<String, Object> payload = shape.payload();
        return switch (kind) {
            case VALID -> call(kind, action.name(), id, Json.write(payload));
            case MISSING_FIELD -> call(kind, action.name(), id, Json.write(mutate(payload, pick(shape), null, true)));
            case EXTRA_FIELD -> call(kind, action.name(), id, Json.write(extra(payload)));
            case WRONG_TYPE -> call(kind, action.name(), id, Json.write(mutate(payload, pick(shape),
                    new Json.Raw(any(WRONG_TYPES)), false)));
            case HOSTILE_VALUE -> hostile(action, id, shape);
            case HUGE_STRING -> call(kind, action.name(), id, Json.write(mutate(payload, pick(shape),
                    Json.string(huge()), false)));
            case DEEP_NESTING -> call(kind, action.name(), id, Json.write(mutate(payload, pick(shape),
                    new Json.Raw(nested(2 + random.nextInt(90))), false)));
            case NOT_JSON -> notJson(action, id, payload);
            case BAD_MESSAGE_ID -> badId(action, payload);
            case BAD_FRAME_SHAPE -> badShape(action, id, payload);
            case UNSOLICITED -> unsolicited(id);
            case UNKNOWN_ACTION -> call(kind, any(List.of("FlyToTheMoon", "reset", "RESET", "Heartbeat", "BootNotification",
                    "MeterValues", "StartTransaction", "", " Reset", "Reset\u0000", "SecurityEventNotification")), id,
                    Json.write(payload));
        };
    }

    /** The same message id twice in a row, while the first may still be handled (OCPP-J: ProtocolError or answered). */
    List<Frame> duplicate() {
        Frame first = next();
        while (first.messageId() == null || first.kind() == Kind.UNSOLICITED) {
            first = next();
        }
        return List.of(first, first);
    }

    private Frame hostile(ActionDefinition<?, ?> action, String id, PayloadShapes.Shape shape) {
        PayloadShapes.Slot slot = pick(shape);
        if (slot == null) { // a request without fields: the hostile value comes as an unknown one
            return call(Kind.HOSTILE_VALUE, action.name(), id,
                    Json.write(mutate(shape.payload(), null, new Json.Raw(any(HOSTILE_NUMBERS)), false)));
        }
        Class<?> type = slot.declared().getType();
        Object value;
        if (type == Integer.class || type == int.class || type == BigDecimal.class) {
            value = new Json.Raw(any(HOSTILE_NUMBERS));
        } else if (type == String.class || type == Instant.class || type.isEnum()) {
            value = Json.string(random.nextInt(4) == 0 ? atLength(slot.declared()) : any(HOSTILE_TEXTS));
        } else if (List.class.isAssignableFrom(type)) {
            List<Object> items = new ArrayList<>();
            int count = any(List.of(0, 2, 101, 1001, 3000));
            for (int i = 0; i < count; i++) {
                items.add(new Json.Raw(any(List.of("1", "\"A\"", "{}", "null"))));
            }
            value = items;
        } else {
            value = new Json.Raw(any(HOSTILE_NUMBERS));
        }
        return call(Kind.HOSTILE_VALUE, action.name(), id, Json.write(mutate(shape.payload(), slot, value, false)));
    }

    /** A string exactly at, or one past, its declared maximum length. */
    private String atLength(Argument<?> declared) {
        int max = declared.getAnnotationMetadata().intValue(jakarta.validation.constraints.Size.class, "max").orElse(50);
        return "X".repeat(Math.min(60_000, max + random.nextInt(2)));
    }

    private Frame notJson(ActionDefinition<?, ?> action, String id, Map<String, Object> payload) {
        String frame = "[2,\"" + id + "\",\"" + action.name() + "\"," + Json.write(payload) + "]";
        String text = switch (random.nextInt(8)) {
            case 0 -> frame.substring(0, random.nextInt(frame.length())); // truncated
            case 1 -> frame + any(List.of("]", " x", ",", "}", "[2]"));
            case 2 -> frame.replace('"', '\'');
            case 3 -> randomBytes(1 + random.nextInt(200));
            case 4 -> "[".repeat(70 + random.nextInt(1000)) + "]".repeat(70);
            case 5 -> frame.replace(":", ":NaN,\"x\":");
            case 6 -> "";
            default -> "\uFEFF" + frame.substring(0, frame.length() / 2);
        };
        return new Frame(Kind.NOT_JSON, action.name(), null, text);
    }

    private Frame badId(ActionDefinition<?, ?> action, Map<String, Object> payload) {
        String id = any(List.of("\"" + "i".repeat(37) + "\"", "\"" + "i".repeat(36) + "\"", "\"\"", "12", "null", "true",
                "{}", "[]", "\"" + "é".repeat(36) + "\"", "\"\\u0000\"", "\"" + "x".repeat(60_000) + "\"", "1.5"));
        String text = "[2," + id + ",\"" + action.name() + "\"," + Json.write(payload) + "]";
        return new Frame(Kind.BAD_MESSAGE_ID, action.name(), null, text);
    }

    private Frame badShape(ActionDefinition<?, ?> action, String id, Map<String, Object> payload) {
        String body = Json.write(payload);
        String text = switch (random.nextInt(7)) {
            case 0 -> "[2,\"" + id + "\",\"" + action.name() + "\"]";
            case 1 -> "[2,\"" + id + "\",\"" + action.name() + "\"," + body + ",{}]";
            case 2 -> "[2,\"" + id + "\",\"" + action.name() + "\",[" + body + "]]";
            case 3 -> "[2,\"" + id + "\"," + random.nextInt(100) + "," + body + "]";
            case 4 -> "[\"2\",\"" + id + "\",\"" + action.name() + "\"," + body + "]";
            case 5 -> "{\"2\":\"" + id + "\"}";
            default -> "[2.0,\"" + id + "\",\"" + action.name() + "\"," + body + "]";
        };
        return new Frame(Kind.BAD_FRAME_SHAPE, action.name(), null, text);
    }

    private Frame unsolicited(String id) {
        String text = any(List.of("[3,\"" + id + "\",{}]", "[4,\"" + id + "\",\"GenericError\",\"\",{}]", "[3,\"" + id + "\"]",
                "[4,\"" + id + "\",7]", "[5,\"" + id + "\",\"X\",{}]", "[9]", "[0,\"" + id + "\"]", "[-2,\"" + id + "\",\"Reset\",{}]"));
        return new Frame(Kind.UNSOLICITED, null, null, text);
    }

    private static Frame call(Kind kind, String action, String id, String payload) {
        return new Frame(kind, action, id, "[2,\"" + id + "\"," + Json.string(action).text() + "," + payload + "]");
    }

    private PayloadShapes.Slot pick(PayloadShapes.Shape shape) {
        return shape.slots().isEmpty() ? null : shape.slots().get(random.nextInt(shape.slots().size()));
    }

    private Map<String, Object> extra(Map<String, Object> payload) {
        Map<String, Object> copy = copy(payload);
        copy.put(any(List.of("unknownField", "extra", "__proto__", "constructor", "connectorID", "x".repeat(300))),
                new Json.Raw(any(WRONG_TYPES)));
        return copy;
    }

    /** The payload with the slot's value replaced ({@code remove}: taken out). A slot not present is added. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> mutate(Map<String, Object> payload, PayloadShapes.Slot slot, Object value,
                                              boolean remove) {
        Map<String, Object> copy = copy(payload);
        if (slot == null) {
            if (!remove) {
                copy.put("unknownField", value);
            }
            return copy;
        }
        Object parent = copy;
        List<Object> path = slot.path();
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            Object child = parent instanceof Map<?, ?> map ? map.get(step)
                    : parent instanceof List<?> list && (Integer) step < list.size() ? list.get((Integer) step) : null;
            if (child == null || child instanceof Json.Raw) {
                return copy; // an optional parent that was left out: nothing to mutate
            }
            parent = child;
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> map) {
            if (remove) {
                ((Map<String, Object>) map).remove((String) last);
            } else {
                ((Map<String, Object>) map).put((String) last, value);
            }
        } else if (parent instanceof List<?> list && (Integer) last < list.size()) {
            if (remove) {
                ((List<Object>) list).remove((int) (Integer) last);
            } else {
                ((List<Object>) list).set((Integer) last, value);
            }
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return (T) copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return (T) copy;
        }
        return node;
    }

    private String huge() {
        return "H".repeat(1000 + random.nextInt(59_000));
    }

    private String nested(int depth) {
        boolean arrays = random.nextBoolean();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append(arrays ? "[" : "{\"a\":");
        }
        out.append("1");
        for (int i = 0; i < depth; i++) {
            out.append(arrays ? "]" : "}");
        }
        return out.toString();
    }

    private String randomBytes(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) random.nextInt(0x250));
        }
        return out.toString();
    }

    private <T> T any(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
