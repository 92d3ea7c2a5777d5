package org.stationconfig.fuzz.ocpp;

import java.util.List;
import java.util.Map;

/**
 * A JSON tree the fuzzer can break: objects are maps, arrays lists, and every leaf is {@link Raw} text written as
 * is, so a number like {@code 1e999999999} or a broken token reaches the station exactly as the attacker wrote it.
 */
final class Json {

    /** Literal JSON text: a number, string, true, null, or anything else. */
    record Raw(String text) {
    }

    private Json() {
    }

    static Raw string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return new Raw(out.append('"').toString());
    }

    static Raw number(String text) {
        return new Raw(text);
    }

    static String write(Object node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(Object node, StringBuilder out) {
        if (node instanceof Raw raw) {
            out.append(raw.text());
        } else if (node instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(string(String.valueOf(entry.getKey())).text()).append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (node instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON node: " + node);
        }
    }
}
