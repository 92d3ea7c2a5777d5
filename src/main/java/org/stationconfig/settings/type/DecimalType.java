package org.stationconfig.settings.type;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.stationconfig.i18n.Text;

/** A decimal number within [min, max] with at most {@code scale} decimals; max may follow the hardware. */
public record DecimalType(BigDecimal min, Supplier<BigDecimal> max, int scale) implements SettingType {

    @Override
    public String name() {
        return "number";
    }

    @Override
    public String fromJson(Object value) {
        if (value instanceof Number number) {
            return checked(BoundedDecimal.of(number));
        }
        throw SettingType.wrongType(Text.of("value.expected.number"), value);
    }

    @Override
    public String fromText(String value) {
        return checked(BoundedDecimal.parse(value, Text.of("value.expected.number")));
    }

    private String checked(BigDecimal number) {
        if (number.stripTrailingZeros().scale() > scale) {
            throw new InvalidValueException(Text.of("value.decimal.scale", scale, number.toPlainString()));
        }
        BigDecimal upper = max.get();
        if (number.compareTo(min) < 0 || number.compareTo(upper) > 0) {
            throw new InvalidValueException(Text.of("value.decimal.range", min.toPlainString(), upper.toPlainString(),
                    number.toPlainString()));
        }
        return canonical(number);
    }

    static String canonical(BigDecimal number) {
        BigDecimal stripped = number.setScale(Math.max(0, number.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
                .stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    @Override
    public Object toJson(String canonical) {
        return new BigDecimal(canonical);
    }

    @Override
    public Map<String, Object> constraints() {
        Map<String, Object> constraints = new LinkedHashMap<>();
        constraints.put("min", min);
        constraints.put("max", max.get());
        constraints.put("decimals", scale);
        return constraints;
    }
}
