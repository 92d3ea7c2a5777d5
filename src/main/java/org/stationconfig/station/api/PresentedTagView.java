package org.stationconfig.station.api;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The last id tag presented at any connector of the station.
 *
 * @param result what became of it: the authorisation status (Accepted, Blocked, Expired, Invalid, ConcurrentTx),
 *               {@code Pending} while it is being authorised, {@code StoppedTransaction} when it was the running
 *               transaction's own tag, {@code CancelledStart} when it was presented again to cancel its waiting
 *               start, {@code NotChecked} when the connector could not start (unavailable, faulted, busy),
 *               {@code CapturedForLearning} when learn mode took it for naming (README "Local id tags")
 */
@Serdeable
public record PresentedTagView(String idTag, int connectorId, Instant at, String result) {
}
