package org.stationconfig.settings.type;

import org.stationconfig.i18n.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OCPP comma-separated list (CSL) of at most {@code maxItems} distinct items. The app may send a JSON array or
 * the comma-separated text; both become {@code a,b,c}.
 */
public record ListType(ListItem item, int maxItems) implements SettingType {

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String fromJson(Object value) {
        if (value instanceof String text) {
            return fromText(text);
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object element : list) {
                if (!(element instanceof String text)) {
                    throw SettingType.wrongType(Text.of("value.expected.textList"), element);
                }
                items.add(text);
            }
            return checked(items);
        }
        throw SettingType.wrongType(Text.of("value.expected.list"), value);
    }

    @Override
    public String fromText(String value) {
        String text = value.strip();
        return checked(text.isEmpty() ? List.of() : List.of(text.split(",", -1)));
    }

    private String checked(List<String> items) {
        if (items.size() > maxItems) {
            throw new InvalidValueException(Text.of("value.list.tooMany", maxItems, items.size()));
        }
        Set<String> canonical = new LinkedHashSet<>();
        for (String raw : items) {
            String trimmed = raw.strip();
            if (trimmed.isEmpty()) {
                throw new InvalidValueException(Text.of("value.list.emptyItem"));
            }
            if (!canonical.add(item.check(trimmed))) {
                throw new InvalidValueException(Text.of("value.list.twice", Texts.excerpt(trimmed)));
            }
        }
        return String.join(",", canonical);
    }

    @Override
    public Object toJson(String canonical) {
        return canonical.isEmpty() ? List.of() : List.of(canonical.split(","));
    }

    @Override
    public Map<String, Object> constraints() {
        Map<String, Object> constraints = new LinkedHashMap<>();
        constraints.put("maxItems", maxItems);
        constraints.put("choices", item.choices());
        return constraints;
    }
}
