package org.stationconfig.ocpp.outbox;

import java.time.Instant;

/**
 * Published once when the outbox goes over its cap because nothing is left to thin (only StartTransaction,
 * StopTransaction, SecurityEventNotification, or first/last MeterValues). The message was still stored; the
 * session turns this into the {@code MemoryExhaustion} security event.
 */
public record OutboxMemoryExhausted(int storedMessages, int maxMessages, Instant at) {
}
