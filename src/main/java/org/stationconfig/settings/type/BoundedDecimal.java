package org.stationconfig.settings.type;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.stationconfig.i18n.Text;

/**
 * A number from the app or the central system, checked for its shape before any arithmetic: at most
 * {@value #MAX_DIGITS} digits before and after the point, from precision and scale alone. {@code 1e999999999} is a
 * short text and a cheap BigDecimal, but a billion digits once rescaled or printed; {@code 1e-400} is not 0.
 */
final class BoundedDecimal {

    /** More than any setting needs (a long has 18 safe digits), few enough that nothing downstream can blow up. */
    static final int MAX_DIGITS = 18;

    /** Longer text is not a number any setting takes; refused before it is parsed. */
    private static final int MAX_TEXT = 64;

    private BoundedDecimal() {
    }

    /** A number given as text (ChangeConfiguration's value, OCPP's only form). */
    static BigDecimal parse(String value, Text expected) {
        String text = value.trim();
        if (text.length() > MAX_TEXT) {
            throw new InvalidValueException(Text.of("value.number.expected", expected, Texts.excerpt(value)));
        }
        try {
            return bounded(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(Text.of("value.number.expected", expected, Texts.excerpt(value)));
        }
    }

    /** A number from the app's JSON: Integer, Long, BigInteger, BigDecimal (exact), or a Double at worst. */
    static BigDecimal of(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        if (number instanceof BigInteger big) {
            if (big.bitLength() > 63) {
                throw outOfRange(big.toString());
            }
            return new BigDecimal(big);
        }
        if (number instanceof BigDecimal decimal) {
            return bounded(decimal);
        }
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw outOfRange(Double.toString(value));
        }
        return bounded(new BigDecimal(Double.toString(value)));
    }

    private static BigDecimal bounded(BigDecimal number) {
        if (number.signum() == 0 && number.scale() <= MAX_DIGITS) {
            return number;
        }
        long integerDigits = (long) number.precision() - number.scale();
        if (integerDigits > MAX_DIGITS || number.scale() > MAX_DIGITS) {
            throw outOfRange(number.toString()); // scientific notation: short whatever the exponent
        }
        return number;
    }

    private static InvalidValueException outOfRange(String shown) {
        return new InvalidValueException(Text.of("value.number.outOfRange", MAX_DIGITS, Texts.excerpt(shown)));
    }
}
