package org.stationconfig.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.rpc.InvalidMessage;
import org.stationconfig.ocpp.rpc.InvalidMessageListener;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;

/**
 * Raises {@code InvalidMessages} for malformed frames from the central system, at most once a minute with the count
 * since the last report, so a peer that sends garbage cannot flood the security log or the outbox.
 */
final class InvalidMessagesReporter implements InvalidMessageListener {

    static final Duration QUIET = Duration.ofMinutes(1);

    private final SecurityEvents events;
    private final StationClock stationClock;
    private final Clock clock;
    private Instant lastReport;
    private int unreported;

    InvalidMessagesReporter(SecurityEvents events, StationClock stationClock, Clock clock) {
        this.events = events;
        this.stationClock = stationClock;
        this.clock = clock;
    }

    @Override
    public synchronized void onInvalidMessage(InvalidMessage message) {
        unreported++;
        Instant now = clock.instant();
        if (lastReport == null || Duration.between(lastReport, now).compareTo(QUIET) >= 0) {
            events.raise(SecurityEvent.InvalidMessages, unreported + " invalid message(s); last: " + message.reason(), stationClock.now());
            lastReport = now;
            unreported = 0;
        }
    }
}
