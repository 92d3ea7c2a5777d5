package org.stationconfig.ocpp.rpc;

import java.math.BigDecimal;

/**
 * The shape of a number an OCPP 1.6 payload can sensibly carry: at most {@value #MAX_DIGITS} digits before and
 * {@value #MAX_DIGITS} after the point. Checked on precision and scale alone, before any arithmetic: a JSON number
 * like {@code 1e999999999} is cheap to hold but turns into a billion digits as soon as it is rescaled or printed.
 */
final class DecimalBounds {

    /** A 32-bit integer has 10 digits, every decimal of the 1.6 schemas one or two after the point. */
    static final int MAX_DIGITS = 18;

    private DecimalBounds() {
    }

    /** Throws a TypeConstraintViolation naming the field, never the value, when the number is out of shape. */
    static BigDecimal check(BigDecimal number, String field) {
        if (number.signum() == 0 && number.scale() <= MAX_DIGITS) {
            return number;
        }
        long integerDigits = (long) number.precision() - number.scale();
        if (integerDigits > MAX_DIGITS || number.scale() > MAX_DIGITS) {
            throw new InvalidPayloadException(Violation.WRONG_TYPE, field,
                    "number out of the range of an OCPP number (at most " + MAX_DIGITS + " digits before and after the point)");
        }
        return number;
    }
}
