package org.stationconfig.station;

import java.util.concurrent.CompletableFuture;

/**
 * A start asked for from outside the connector: the answer at once (what RemoteStartTransaction.conf says), and later
 * the outcome, once the tag was authorised and the transaction started, waits for the cable or was refused.
 */
public record RemoteStart(CompletableFuture<Acceptance> answer, CompletableFuture<StartOutcome> outcome) {
}
