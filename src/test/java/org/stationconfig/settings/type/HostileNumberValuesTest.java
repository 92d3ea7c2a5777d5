package org.stationconfig.settings.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, hole 3: a number with a huge exponent or scale, as ChangeConfiguration's text or the app's JSON, is
 * refused at once with a short message (it was printed in full, a billion digits); out-of-range JSON numbers are
 * refused values, not server errors; 1e-400 is not 0.
 */
class HostileNumberValuesTest {

    private static final Duration HANG = Duration.ofSeconds(5);
    private static final DecimalType AMPS = new DecimalType(BigDecimal.ZERO, () -> BigDecimal.valueOf(32), 1);
    private static final IntegerType SECONDS = new IntegerType(0, 86400);

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1.0e-999999999", "-1e999999999", "0.1E-2147483647", "1E+2147483647",
            "1e-400", "0e-999999999", "1e19"})
    void aDecimalSettingRefusesAHugeExponentOrScaleGivenAsText(String text) {
        InvalidValueException refused = assertTimeoutPreemptively(HANG,
                () -> assertThrows(InvalidValueException.class, () -> AMPS.fromText(text)));
        assertTrue(refused.getMessage().length() < 200, "short: " + refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1.0e-999999999", "1e-400", "12345678901234567890123"})
    void aDecimalSettingRefusesAHugeExponentOrScaleGivenAsJson(String json) {
        InvalidValueException refused = assertTimeoutPreemptively(HANG,
                () -> assertThrows(InvalidValueException.class, () -> AMPS.fromJson(new BigDecimal(json))));
        assertTrue(refused.getMessage().length() < 200, "short: " + refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e300, -1e300})
    void aJsonNumberOutOfEveryRangeIsARefusedValueNotAServerError(double value) {
        assertThrows(InvalidValueException.class, () -> AMPS.fromJson(value));
        assertThrows(InvalidValueException.class, () -> SECONDS.fromJson(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012345678901234567890", "-99999999999999999999", "9223372036854775808"})
    void anIntegerSettingRefusesAHugeWholeNumber(String digits) {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> SECONDS.fromJson(new BigInteger(digits)));
        assertTrue(refused.getMessage().length() < 200, refused.getMessage());
        assertThrows(InvalidValueException.class, () -> SECONDS.fromText(digits));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1.0e-999999999", "1E+2147483647"})
    void anIntegerSettingRefusesAHugeExponentOrScaleInJson(String json) {
        assertTimeoutPreemptively(HANG,
                () -> assertThrows(InvalidValueException.class, () -> SECONDS.fromJson(new BigDecimal(json))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", "16.0", "1.6e1", "0.5", "32"})
    void ordinaryNumbersStillPass(String text) {
        assertTrue(new BigDecimal(AMPS.fromText(text)).compareTo(new BigDecimal(text)) == 0);
        assertEquals(AMPS.fromText(text), AMPS.fromJson(new BigDecimal(text)));
    }
}
