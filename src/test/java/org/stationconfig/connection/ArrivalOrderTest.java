package org.stationconfig.connection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.StationRestart;

/**
 * Issue 13.6: a central system that sends a request 1 ms after the Accepted that followed a Rejected. The station
 * applied the new registration on a later task than the one judging the request, so 4 to 9 in 20 went unanswered
 * (dropped as if still Rejected, nothing logged). Every frame is judged against the state the frames before it left.
 */
@MicronautTest(transactional = false)
class ArrivalOrderTest extends StationUnderTest {

    private static final int ROUNDS = 20;

    @Inject
    StationRestart restart;

    @Test
    void aRequestRightBehindTheAcceptedThatFollowedARejectedIsAnsweredEveryTime() throws Exception {
        csms.alternateBoots = true;
        csms.bootInterval = 1;
        csms.requestAfterAcceptedBoot = new String[] {"GetConfiguration", "{\"key\":[\"HeartbeatInterval\"]}"};
        commission("CP-ORDER", Map.of());
        List<String> unanswered = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int sent = round + 1;
            await().atMost(WITHIN).until(() -> csms.answersAfterBoot.size() >= sent);
            CompletableFuture<String> answer = csms.answersAfterBoot.get(round);
            try {
                String frame = answer.get(5, TimeUnit.SECONDS);
                assertTrue(frame.startsWith("[3,") && frame.contains("HeartbeatInterval"), frame);
            } catch (java.util.concurrent.TimeoutException e) {
                unanswered.add("round " + round);
            }
            awaitStatus(s -> s.registration() == Registration.ACCEPTED);
            restart.restart("arrival order round " + round);
        }
        assertEquals(List.of(), unanswered, unanswered.size() + " of " + ROUNDS + " requests went unanswered");
    }
}
