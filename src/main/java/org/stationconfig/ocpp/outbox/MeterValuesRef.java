package org.stationconfig.ocpp.outbox;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A stored MeterValues without its payload: all that thinning needs to decide. */
@Introspected
public record MeterValuesRef(long id, @Nullable String localTransactionId, MessageState state) {
}
