package org.stationconfig.settings.type;

import java.util.List;
import org.stationconfig.i18n.Text;

/** What one item of a comma-separated list may be. */
public interface ListItem {

    /** Returns the item in its canonical spelling or throws {@link InvalidValueException}. */
    String check(String item);

    /** The items the app may offer, for its picker. */
    List<String> choices();

    static ListItem oneOf(List<String> values) {
        return new ListItem() {
            @Override
            public String check(String item) {
                return values.stream().filter(v -> v.equalsIgnoreCase(item)).findFirst()
                        .orElseThrow(() -> new InvalidValueException(Text.of("value.list.notOneOf", Texts.excerpt(item), String.join(", ", values))));
            }

            @Override
            public List<String> choices() {
                return values;
            }
        };
    }
}
