package org.stationconfig.apidoc;

import io.micronaut.core.bind.annotation.Bindable;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.stationconfig.hardware.StationProperties;

/** The station the document describes: {@link StationProperties} as shipped, read from its own declared defaults. */
final class StationDefaults {

    private StationDefaults() {
    }

    static StationProperties properties() {
        Class<?>[] types = Arrays.stream(StationProperties.class.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Object[] values = new Object[types.length];
        try {
            // the annotation lands on the canonical constructor's parameters
            Parameter[] parameters = StationProperties.class.getDeclaredConstructor(types).getParameters();
            for (int i = 0; i < types.length; i++) {
                values[i] = convert(types[i], parameters[i].getAnnotation(Bindable.class).defaultValue());
            }
            return StationProperties.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("StationProperties cannot be made from its defaults", e);
        }
    }

    private static Object convert(Class<?> type, String text) {
        if (type == int.class) {
            return Integer.parseInt(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type == List.class) {
            return Arrays.asList(text.split(","));
        }
        if (type == String.class) {
            return text;
        }
        throw new IllegalStateException("no conversion for a StationProperties default of " + type);
    }
}
