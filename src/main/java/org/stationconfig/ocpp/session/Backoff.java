package org.stationconfig.ocpp.session;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Reconnect waits (SPEC §5): the first after {@code reconnectInterval}, then doubling up to {@code reconnectMaxInterval},
 * each with ±20 % random jitter so a fleet that lost its central system does not come back in lockstep.
 */
public final class Backoff {

    static final double JITTER = 0.2;

    private final RandomGenerator random;

    public Backoff(RandomGenerator random) {
        this.random = random;
    }

    /**
     * @param failures failed attempts in a row so far, at least 1
     */
    public Duration delay(int failures, int firstSeconds, int capSeconds) {
        double base = Math.min((double) capSeconds, firstSeconds * Math.pow(2, Math.min(Math.max(failures, 1) - 1, 30)));
        double factor = 1 + (random.nextDouble() * 2 - 1) * JITTER;
        return Duration.ofMillis(Math.max(1, Math.round(base * factor * 1000)));
    }
}
