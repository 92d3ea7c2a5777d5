package org.stationconfig.station.ocpp;

/** A message for the outbox: its OCPP action and its JSON payload, written once. */
public record QueuedMessage(String action, String payload) {
}
