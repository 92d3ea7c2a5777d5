package org.stationconfig.clock;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;

/**
 * The time the station stamps its OCPP messages with (SPEC §5). With {@code clockSource} SYSTEM it is the operating
 * system's clock (NTP); with CSMS it follows the central system's {@code currentTime} from BootNotification and
 * Heartbeat answers, corrected by half the round trip. A step over 60 s is announced as a {@link ClockStepped} (the security log raises {@code SettingSystemTime}).
 */
@Singleton
public class StationClock {

    static final Duration REPORTED_STEP = Duration.ofSeconds(60);

    private final Clock system;
    private final SettingsStore settings;
    private final ApplicationEventPublisher<ClockStepped> steps;
    private volatile Duration appliedOffset = Duration.ZERO;
    private volatile Duration measuredOffset;
    private volatile Instant measuredAt;

    public StationClock(Clock system, SettingsStore settings, ApplicationEventPublisher<ClockStepped> steps) {
        this.system = system;
        this.settings = settings;
        this.steps = steps;
    }

    public Instant now() {
        Instant now = system.instant();
        return followsCentralSystem() ? now.plus(appliedOffset) : now;
    }

    /** The system clock, for measuring durations (timeouts, round trips), which must not jump with the offset. */
    public Instant systemNow() {
        return system.instant();
    }

    /** A central system time seen in an answer to a request sent at {@code sentAt} and answered at {@code receivedAt}. */
    public void observe(Instant centralTime, Instant sentAt, Instant receivedAt) {
        Instant midpoint = sentAt.plus(Duration.between(sentAt, receivedAt).dividedBy(2));
        Duration offset = Duration.between(midpoint, centralTime);
        measuredOffset = offset;
        measuredAt = receivedAt;
        if (!followsCentralSystem()) {
            return;
        }
        Duration step = offset.minus(appliedOffset);
        appliedOffset = offset;
        if (step.abs().compareTo(REPORTED_STEP) > 0) {
            steps.publishEvent(new ClockStepped(step, now()));
        }
    }

    public ClockStatus status() {
        return new ClockStatus(now(), settings.current().get(Setting.CLOCK_SOURCE),
                measuredOffset == null ? null : measuredOffset.toMillis(), measuredAt);
    }

    private boolean followsCentralSystem() {
        return "CSMS".equals(settings.current().get(Setting.CLOCK_SOURCE));
    }
}
