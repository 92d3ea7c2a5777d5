package org.stationconfig.clock;

import java.time.Duration;
import java.time.Instant;

/** The station clock was set by more than a minute to the central system's time: {@code step} later, {@code at}. */
public record ClockStepped(Duration step, Instant at) {
}
