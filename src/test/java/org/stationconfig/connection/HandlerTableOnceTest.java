package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the handlers are collected into the handler table once, at the first connect (not at start, where it
 * would create every feature's handler bean), and every later session answers with that same table.
 */
@MicronautTest(transactional = false)
class HandlerTableOnceTest extends VirtualLifecycle {

    @Inject
    HandlersAtFirstConnect handlers;

    @Test
    void theTableIsBuiltAtTheFirstConnectNotAtStartAndLaterSessionsShareIt() {
        assertEquals(0, handlers.builds(), "not built while the station starts, before any connect");
        csms.requestAfterAcceptedBoot = new String[] {"GetConfiguration", "{\"key\":[\"HeartbeatInterval\"]}"};
        commission("CP-TABLE", Map.of());
        assertEquals(Registration.ACCEPTED, status().registration());
        assertEquals(1, handlers.builds(), "built at the first connect");

        supervisor.restart("a second session");
        assertEquals(Registration.ACCEPTED, status().registration());
        assertEquals(2, csms.links.size(), "a second link, so a second session");
        for (FakeLink link : csms.links) {
            assertTrue(link.sent.stream().anyMatch(frame -> frame.startsWith("[3,\"after-boot-")
                    && frame.contains("HeartbeatInterval")), "each session answers the central system's request");
        }
        assertEquals(1, handlers.builds(), "the second session reuses the table");
    }
}
