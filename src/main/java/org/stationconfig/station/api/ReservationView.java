package org.stationconfig.station.api;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** The reservation on a connector (ReserveNow, S16 §5.13): for whom and until when. */
@Serdeable
public record ReservationView(int reservationId, String idTag, Instant expiryDate) {
}
