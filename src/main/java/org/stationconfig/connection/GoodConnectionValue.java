package org.stationconfig.connection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * One value of the last-known-good connection: a connection setting's canonical value, or the station certificate
 * ({@link ConnectionParameters#STATION_CERTIFICATE}). The access key is kept like the setting itself: never shown or
 * logged.
 */
@MappedEntity("connection_good_value")
record GoodConnectionValue(
        @Id @MappedProperty("setting_key") String key,
        @Nullable @MappedProperty("setting_value") String value) {

    @Override
    public String toString() {
        return "GoodConnectionValue[" + key + "]";
    }
}
