package org.stationconfig.ocpp.outbox;

/** Published after a message is committed to the queue (or re-queued), so delivery wakes up at once. */
public record OutboxMessageQueued(long id, String action) {
}
