package org.stationconfig.reliability;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads the connection status every 100 ms while a fault lasts and keeps every {@code lastError} code and state it
 * showed: what an app polling the status would have told its user.
 */
final class StatusWatch implements AutoCloseable {

    private final Set<String> codes = new ConcurrentSkipListSet<>();
    private final Set<String> states = new ConcurrentSkipListSet<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

    StatusWatch(Supplier<Map<String, Object>> status) {
        poller.scheduleWithFixedDelay(() -> {
            try {
                Map<String, Object> now = status.get();
                states.add(String.valueOf(now.get("state")));
                if (now.get("lastError") instanceof Map<?, ?> lastError) {
                    codes.add(String.valueOf(lastError.get("code")));
                }
            } catch (RuntimeException e) {
                states.add("status unavailable: " + e.getClass().getSimpleName());
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
    }

    Set<String> codes() {
        return Set.copyOf(codes);
    }

    Set<String> states() {
        return Set.copyOf(states);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
