package org.stationconfig.station.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.station.Acceptance;
import org.stationconfig.station.VirtualStation;

/**
 * ResetRetries on a virtual clock (issue 13.5, S16 §9.1.31): a restart step that fails is tried again
 * {@code station.reset.retry-wait} (5 s) apart, up to ResetRetries times, to the millisecond; the station registers
 * again at the retry that works; past the retries it gives up and takes the next Reset. {@code ResetRetriesTest} keeps
 * the Reset over the real WebSocket.
 */
@MicronautTest(transactional = false)
class ResetRetriesOnVirtualClockTest extends VirtualStation {

    private static final Duration RETRY_WAIT = Duration.ofSeconds(5);

    @Inject
    FailingResetRestart restartStep;
    @Inject
    StationReset reset;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(super.extraProperties());
        properties.put("test.failing-reset-restart", "true");
        return properties;
    }

    @Test
    void eachRetryComesRetryWaitAfterTheFailureAndTheWorkingOneRegistersAgain() {
        commission("CP-VRR-1", Map.of("resetRetries", 2));
        restartStep.tries.set(0);
        restartStep.failNext.set(2);

        Instant requested = hardReset();
        assertEquals(1, restartStep.tries.get(), "the first try at once");
        advance(RETRY_WAIT.minusMillis(1));
        assertEquals(1, restartStep.tries.get(), "no retry before the wait is over");
        advance(Duration.ofMillis(1));
        assertEquals(2, restartStep.tries.get(), "retry 1 at +5 s");
        advance(RETRY_WAIT);
        assertEquals(3, restartStep.tries.get(), "retry 2 at +10 s, which works");

        List<Sent> boots = sent("BootNotification");
        assertEquals(2, boots.size(), "commissioning, then the restart");
        assertEquals(requested.plus(RETRY_WAIT.multipliedBy(2)), boots.get(1).at());
        advance(Duration.ofMinutes(10));
        assertEquals(3, restartStep.tries.get(), "nothing more once it worked");
    }

    @Test
    void pastResetRetriesTheStationGivesUpStaysRegisteredAndTakesTheNextReset() {
        commission("CP-VRR-2", Map.of("resetRetries", 1));
        restartStep.tries.set(0);
        restartStep.failNext.set(2);

        hardReset();
        advance(RETRY_WAIT);
        assertEquals(2, restartStep.tries.get(), "the first try and the one retry");
        advance(Duration.ofMinutes(10));
        assertEquals(2, restartStep.tries.get(), "no retry past ResetRetries");
        assertEquals(1, sent("BootNotification").size(), "the station was not restarted");

        Instant next = hardReset();
        assertEquals(3, restartStep.tries.get(), "the next Reset is taken and its restart works");
        List<Sent> boots = sent("BootNotification");
        assertEquals(2, boots.size());
        assertEquals(next, boots.get(1).at());
    }

    @Test
    void resetRetriesZeroMeansOneTryOnly() {
        commission("CP-VRR-3", Map.of("resetRetries", 0));
        restartStep.tries.set(0);
        restartStep.failNext.set(1);

        hardReset();
        advance(Duration.ofMinutes(10));
        assertEquals(1, restartStep.tries.get());
        assertEquals(1, sent("BootNotification").size());
    }

    /** A Hard reset, accepted; returns the virtual instant it was asked for. */
    private Instant hardReset() {
        Instant at = time.now();
        var answer = reset.request(ResetKind.Hard, "the test").toCompletableFuture();
        time.settle();
        assertEquals(Acceptance.Accepted, answer.getNow(null));
        return at;
    }
}
