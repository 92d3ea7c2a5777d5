package org.stationconfig.settings.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stationconfig.settings.type.InvalidValueException;

class AccessKeysTest {

    @ParameterizedTest(name = "{0} as {1} -> {2} bytes {3}")
    @CsvSource({
            "0001020304050607FFFFFFFFFFFFFFFFFFFFFFFF, auto, 20, hex",
            "00010203040506070809aabbccddeeff,         auto, 16, hex",
            "0001020304050607080900010203040506070,    auto, 37, text",      // odd length
            "correct-horse-battery,                    auto, 21, text",
            "00010203040506070809aabbccddeeff,         text, 32, text",
            "12345678,                                 text, 8,  text",
    })
    void theAppsInputIsReadPerFormat(String input, String format, int bytes, String kind) {
        String canonical = AccessKeys.canonical(input, format);
        assertEquals(kind, AccessKeys.format(canonical));
        assertEquals(bytes, AccessKeys.bytes(canonical, false).length);
    }

    @ParameterizedTest
    @CsvSource({"short, text", "0011, hex", "zz0102030405060708090a0b0c0d0e0f, hex", "0001020304050607080900010203040506070809aa, hex",
            "0001020304050607080900010203040506070809aa, auto",
            "a-password-that-is-much-too-long-for-any-station-x, text"})
    void keysThatDoNotFitTheirFormatAreRefused(String input, String format) {
        assertThrows(InvalidValueException.class, () -> AccessKeys.canonical(input, format));
    }

    @Test
    void theBasicAuthPasswordIsTheRawBytesOfAHexKey() {
        // OCPP-J 1.6 §6.2.2 example: id AL1000, key 0001020304050607FFFFFFFFFFFFFFFFFFFFFFFF
        byte[] password = AccessKeys.bytes(AccessKeys.canonical("0001020304050607FFFFFFFFFFFFFFFFFFFFFFFF", "auto"), false);
        byte[] credentials = new byte[7 + password.length];
        System.arraycopy("AL1000:".getBytes(StandardCharsets.US_ASCII), 0, credentials, 0, 7);
        System.arraycopy(password, 0, credentials, 7, password.length);
        assertEquals("QUwxMDAwOgABAgMEBQYH////////////////", Base64.getEncoder().encodeToString(credentials));
    }

    @Test
    void hexAsTextSendsTheHexDigitsThemselves() {
        String canonical = AccessKeys.canonical("00010203040506070809aabbccddeeff", "hex");
        assertArrayEquals("00010203040506070809aabbccddeeff".getBytes(StandardCharsets.US_ASCII), AccessKeys.bytes(canonical, true));
        assertArrayEquals(HexFormat.of().parseHex("00010203040506070809aabbccddeeff"), AccessKeys.bytes(canonical, false));
    }

    @Test
    void theDescriptionNeverContainsTheKey() {
        assertEquals("set (16 bytes, hex)", AccessKeys.describe(AccessKeys.canonical("00010203040506070809aabbccddeeff", "auto")));
        assertEquals("unset", AccessKeys.describe(null));
    }
}
