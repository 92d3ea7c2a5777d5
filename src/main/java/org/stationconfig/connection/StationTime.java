package org.stationconfig.connection;

import java.time.Instant;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.session.SessionClock;

/** The session's clock is the station clock: its answers' currentTime sets it (SPEC §5). */
record StationTime(StationClock clock) implements SessionClock {

    @Override
    public Instant now() {
        return clock.now();
    }

    @Override
    public void observe(Instant centralTime, Instant sentAt, Instant receivedAt) {
        clock.observe(centralTime, sentAt, receivedAt);
    }
}
