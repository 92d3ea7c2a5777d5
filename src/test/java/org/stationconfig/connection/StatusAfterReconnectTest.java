package org.stationconfig.connection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.v16.core.StartTransaction;
import org.stationconfig.ocpp.v16.core.StopTransaction;
import org.stationconfig.ocpp.csms.CentralSystemScript;
import org.stationconfig.ocpp.outbox.TransactionOutbox;

/**
 * Issue 13.8, found against SteVe: after a reconnect the fresh StatusNotifications went out before the transaction
 * messages queued while offline, so the central system's history ran backwards (Available before the
 * StopTransaction that preceded it). They now wait until the outbox has delivered what was queued before them.
 */
@MicronautTest(transactional = false)
class StatusAfterReconnectTest extends StationUnderTest {

    @Inject
    TransactionOutbox outbox;

    @Test
    void theStatusesAfterAReconnectFollowTheTransactionMessagesQueuedWhileOffline() {
        commission("CP-HIST", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED);
        await().atMost(WITHIN).until(() -> csms.count("StatusNotification") == 3 && outbox.isEmpty());

        csms.refuseUpgradeWith = 503;
        csms.close("CP-HIST", 4000, "maintenance");
        awaitStatus(s -> s.lastError() != null && "HTTP_OTHER".equals(s.lastError().code()));
        outbox.enqueue(new StartTransaction.Request(1, "TAG-H", 0, null, Instant.parse("2026-12-06T10:00:00Z")),
                "local-h");
        outbox.enqueue(new StopTransaction.Request(null, 700, Instant.parse("2026-12-06T10:30:00Z"), -1,
                StopTransaction.Reason.Local, null), "local-h");
        int before = csms.received.size();

        csms.refuseUpgradeWith = 0;
        await().atMost(WITHIN).until(() -> csms.count("StatusNotification") == 6 && csms.count("StopTransaction") == 1);
        List<String> afterReconnect = csms.received.subList(before, csms.received.size()).stream()
                .map(CentralSystemScript.Received::action).filter(action -> !action.equals("Heartbeat")).toList();
        assertEquals(List.of("StartTransaction", "StopTransaction", "StatusNotification", "StatusNotification",
                "StatusNotification"), afterReconnect);
    }
}
