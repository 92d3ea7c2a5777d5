package org.stationconfig.ocpp.rpc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Enum constant ↔ spec spelling, per {@link WireValue} or else the constant's name. */
public final class WireEnums {

    private static final ClassValue<Map<String, Enum<?>>> BY_WIRE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> map = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                map.put(toWire(e), e);
                if (e instanceof WireValue w) {
                    w.acceptedAliases().forEach(alias -> map.putIfAbsent(alias, e));
                }
            }
            return Map.copyOf(map);
        }
    };

    private WireEnums() {
    }

    public static String toWire(Enum<?> value) {
        return value instanceof WireValue w ? w.wireValue() : value.name();
    }

    /** Case-sensitive, as the schemas' enums are. */
    public static <E> Optional<E> fromWire(Class<E> type, String text) {
        return Optional.ofNullable(type.cast(BY_WIRE.get(type).get(text)));
    }
}
