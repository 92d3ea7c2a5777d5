package org.stationconfig.ocpp.rpc;

import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Compares JSON as trees: object field order is irrelevant, numbers compare by value (6 == 6.0). */
public final class JsonTrees {

    private JsonTrees() {
    }

    public static JsonNode parse(String text) {
        try {
            return JsonText.parse(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    public static void assertSameJson(String expected, String actual) {
        assertSameJson(parse(expected), parse(actual));
    }

    public static void assertSameJson(JsonNode expected, JsonNode actual) {
        String difference = difference(expected, actual, "$");
        if (difference != null) {
            fail(difference + "\nexpected: " + JsonText.write(expected) + "\nactual:   " + JsonText.write(actual));
        }
    }

    private static String difference(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject() && actual.isObject()) {
            Map<String, JsonNode> left = fields(expected);
            Map<String, JsonNode> right = fields(actual);
            if (!left.keySet().equals(right.keySet())) {
                return path + ": fields " + left.keySet() + " != " + right.keySet();
            }
            for (String key : left.keySet()) {
                String d = difference(left.get(key), right.get(key), path + "." + key);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return path + ": array sizes " + expected.size() + " != " + actual.size();
            }
            for (int i = 0; i < expected.size(); i++) {
                String d = difference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.getBigDecimalValue().compareTo(actual.getBigDecimalValue()) == 0 ? null
                    : path + ": " + expected.getNumberValue() + " != " + actual.getNumberValue();
        }
        if (expected.isString() && actual.isString()) {
            return expected.getStringValue().equals(actual.getStringValue()) ? null
                    : path + ": \"" + expected.getStringValue() + "\" != \"" + actual.getStringValue() + "\"";
        }
        if (expected.isBoolean() && actual.isBoolean()) {
            return expected.getBooleanValue() == actual.getBooleanValue() ? null : path + ": booleans differ";
        }
        if (expected.isNull() && actual.isNull()) {
            return null;
        }
        return path + ": different JSON types";
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> map = new HashMap<>();
        object.entries().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
