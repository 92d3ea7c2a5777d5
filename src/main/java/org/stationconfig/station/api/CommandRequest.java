package org.stationconfig.station.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of a station command; each command reads only the fields it needs.
 *
 * @param connectorId   the connector (0 is the whole station where the command allows it)
 * @param idTag         start-transaction: the tag to charge for
 * @param transactionId stop-transaction: the central system's transaction id, instead of a connector
 * @param type          change-availability: Operative or Inoperative
 */
@Serdeable
public record CommandRequest(@Nullable Integer connectorId, @Nullable String idTag, @Nullable Integer transactionId,
                             @Nullable String type) {
}
