package org.stationconfig.auth;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Replaces the service's clock with a {@link MutableClock} in test contexts that set {@code test.clock: mutable}.
 * A factory rather than {@code @MockBean}: start-up beans need the clock before the test instance can exist.
 */
@Factory
@Requires(property = MutableClockFactory.PROPERTY, value = "mutable")
public class MutableClockFactory {

    public static final String PROPERTY = "test.clock";

    @Singleton
    @Replaces(Clock.class)
    MutableClock clock() {
        return new MutableClock();
    }
}
