package org.stationconfig.securitylog;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.stationconfig.clock.ClockStepped;

/** A clock step over a minute reaches the security log as SettingSystemTime (security whitepaper, A01 list). */
@Singleton
class ClockSteps {

    private final SecurityEvents events;

    ClockSteps(SecurityEvents events) {
        this.events = events;
    }

    @EventListener
    void stepped(ClockStepped stepped) {
        events.raise(SecurityEvent.SettingSystemTime, "clock set by " + stepped.step().toSeconds()
                + " s to the central system's time", stepped.at());
    }
}
