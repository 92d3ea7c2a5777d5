package org.stationconfig.station.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** What a connector remembers across restarts: ChangeAvailability's verdict and the last id tag presented. */
@MappedEntity("station_connector")
public record ConnectorMemory(@Id int connectorId, boolean inoperative, @Nullable String lastIdTag,
                              @Nullable Instant lastIdTagAt) {
}
