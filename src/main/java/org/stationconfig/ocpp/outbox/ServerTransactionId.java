package org.stationconfig.ocpp.outbox;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** What the central system called a transaction the station started under its own id (possibly offline). */
@MappedEntity("outbox_transaction_id")
public record ServerTransactionId(@Id String localTransactionId, int serverTransactionId, Instant learnedAt) {
}
