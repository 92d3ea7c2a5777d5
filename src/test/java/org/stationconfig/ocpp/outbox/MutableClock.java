package org.stationconfig.ocpp.outbox;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.stationconfig.common.ClockFactory;

/** The station clock in outbox tests: moved by the test, never by waiting. */
@Singleton
@Replaces(bean = Clock.class, factory = ClockFactory.class)
@Requires(property = "test.mutable-clock", value = "true")
public class MutableClock extends Clock {

    private volatile Instant now = Instant.parse("2026-01-10T08:00:00Z");

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the station clock is UTC");
    }
}
