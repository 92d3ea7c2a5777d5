package org.stationconfig.ocpp.rpc;

import io.micronaut.core.annotation.AnnotationMetadata;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Value constraints declared with jakarta annotations on a record component (or a list's type argument):
 * <ul>
 * <li>{@code @Size(max)} on a String: the CiStringN / maxLength limit (a maximum, errata 3.58);</li>
 * <li>{@code @Size(min, max)} on a List: minItems / maxItems;</li>
 * <li>{@code @Min}, {@code @Max}, {@code @PositiveOrZero} on numbers;</li>
 * <li>{@code @Digits(fraction = 1)}: the schemas' {@code multipleOf: 0.1}.</li>
 * </ul>
 */
final class Constraints {

    private Constraints() {
    }

    static void check(Object value, AnnotationMetadata meta, String field) {
        if (value instanceof String text) {
            checkLength(text.length(), meta, field);
        } else if (value instanceof List<?> list) {
            checkItems(list.size(), meta, field);
        } else if (value instanceof Integer number) {
            checkRange(BigDecimal.valueOf(number), meta, field);
        } else if (value instanceof BigDecimal number) {
            checkRange(number, meta, field);
            checkDigits(number, meta, field);
        }
    }

    private static void checkLength(int length, AnnotationMetadata meta, String field) {
        OptionalInt max = meta.intValue(Size.class, "max");
        if (max.isPresent() && length > max.getAsInt()) {
            throw new InvalidPayloadException(Violation.BAD_VALUE, field, "longer than " + max.getAsInt() + " characters");
        }
        OptionalInt min = meta.intValue(Size.class, "min");
        if (min.isPresent() && length < min.getAsInt()) {
            throw new InvalidPayloadException(Violation.BAD_VALUE, field, "shorter than " + min.getAsInt() + " characters");
        }
    }

    static void checkItems(int size, AnnotationMetadata meta, String field) {
        OptionalInt max = meta.intValue(Size.class, "max");
        if (max.isPresent() && size > max.getAsInt()) {
            throw new InvalidPayloadException(Violation.ITEM_COUNT, field, "more than " + max.getAsInt() + " items");
        }
        OptionalInt min = meta.intValue(Size.class, "min");
        if (min.isPresent() && size < min.getAsInt()) {
            throw new InvalidPayloadException(Violation.ITEM_COUNT, field, "fewer than " + min.getAsInt() + " items");
        }
    }

    private static void checkRange(BigDecimal number, AnnotationMetadata meta, String field) {
        OptionalLong min = meta.longValue(Min.class, "value");
        if (meta.hasAnnotation(PositiveOrZero.class) && number.signum() < 0) {
            throw new InvalidPayloadException(Violation.BAD_VALUE, field, "must not be negative");
        }
        if (min.isPresent() && number.compareTo(BigDecimal.valueOf(min.getAsLong())) < 0) {
            throw new InvalidPayloadException(Violation.BAD_VALUE, field, "less than " + min.getAsLong());
        }
        OptionalLong max = meta.longValue(Max.class, "value");
        if (max.isPresent() && number.compareTo(BigDecimal.valueOf(max.getAsLong())) > 0) {
            throw new InvalidPayloadException(Violation.BAD_VALUE, field, "greater than " + max.getAsLong());
        }
    }

    private static void checkDigits(BigDecimal number, AnnotationMetadata meta, String field) {
        OptionalInt fraction = meta.intValue(Digits.class, "fraction");
        if (fraction.isPresent() && Math.max(0, number.stripTrailingZeros().scale()) > fraction.getAsInt()) {
            throw new InvalidPayloadException(Violation.BAD_VALUE, field, "more than " + fraction.getAsInt() + " decimal places");
        }
        OptionalInt integer = meta.intValue(Digits.class, "integer");
        long wholeDigits = (long) number.precision() - number.scale(); // no rescaling: the value may be hostile
        if (integer.isPresent() && number.signum() != 0 && wholeDigits > integer.getAsInt()) {
            throw new InvalidPayloadException(Violation.BAD_VALUE, field, "more than " + integer.getAsInt() + " integer digits");
        }
    }
}
