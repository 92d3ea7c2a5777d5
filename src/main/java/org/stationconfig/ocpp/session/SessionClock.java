package org.stationconfig.ocpp.session;

import java.time.Instant;

/** Port: the station's clock, which stamps messages and follows the central system's time where set up to. */
public interface SessionClock {

    Instant now();

    /** A central system time seen in an answer to a request sent at {@code sentAt} and answered at {@code receivedAt}. */
    void observe(Instant centralTime, Instant sentAt, Instant receivedAt);
}
