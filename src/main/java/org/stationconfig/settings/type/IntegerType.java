package org.stationconfig.settings.type;

import org.stationconfig.i18n.Text;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** A whole number within [min, max]. */
public record IntegerType(long min, long max) implements SettingType {

    private static final Pattern DIGITS = Pattern.compile("[+-]?\\d{1,18}");

    @Override
    public String name() {
        return "integer";
    }

    @Override
    public String fromJson(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return checked(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            BigDecimal decimal = BoundedDecimal.of(number); // 18 digits at most: the arithmetic below is cheap and exact
            if (decimal.stripTrailingZeros().scale() > 0) {
                throw new InvalidValueException(Text.of("value.integer.whole", decimal.toString()));
            }
            return checked(decimal.longValueExact());
        }
        throw SettingType.wrongType(Text.of("value.expected.wholeNumber"), value);
    }

    @Override
    public String fromText(String value) {
        String text = value.trim();
        if (!DIGITS.matcher(text).matches()) {
            throw new InvalidValueException(Text.of("value.integer.wholeQuoted", Texts.excerpt(value)));
        }
        return checked(Long.parseLong(text));
    }

    private String checked(long number) {
        if (number < min || number > max) {
            throw new InvalidValueException(Text.of("value.integer.range", min, max, number));
        }
        return Long.toString(number);
    }

    @Override
    public Object toJson(String canonical) {
        return Long.parseLong(canonical);
    }

    @Override
    public Map<String, Object> constraints() {
        Map<String, Object> constraints = new LinkedHashMap<>();
        constraints.put("min", min);
        constraints.put("max", max);
        return constraints;
    }
}
