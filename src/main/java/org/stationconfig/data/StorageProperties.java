package org.stationconfig.data;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The free-space guard of the data directory ({@code station.storage.*}).
 *
 * @param reserveBytes  free space kept for the database, the audit log and the service log: below it the station
 *                      raises MemoryExhaustion and starts no download, and no download may eat into it
 * @param checkInterval how often the free space is looked at besides before each download
 */
@ConfigurationProperties("station.storage")
public record StorageProperties(
        @Bindable(defaultValue = "67108864") long reserveBytes,
        @Bindable(defaultValue = "1m") Duration checkInterval) {
}
