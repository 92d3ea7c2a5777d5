package org.stationconfig;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test's {@code await()} checks its condition at once and then every 50 ms. Awaitility's own default waits one
 * poll interval (100 ms) before the first check, even when the condition already holds: up to 100 ms of pure waiting
 * in each of the suite's awaits (issue 12 item 4). Registered for every test class through
 * {@code META-INF/services} and {@code junit-platform.properties}; a test may still set its own poll delay or interval.
 */
public final class PromptAwaits implements BeforeAllCallback {

    static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(POLL_INTERVAL);
    }
}
