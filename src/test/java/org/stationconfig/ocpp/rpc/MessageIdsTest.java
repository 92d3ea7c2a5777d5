package org.stationconfig.ocpp.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Our CALLs' ids stay what a central system saw before they came from a fast generator: distinct random UUIDs. */
class MessageIdsTest {

    @Test
    void idsAreDistinctVersion4UuidsOfThirtySixCharacters() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = MessageIds.random();
            assertEquals(Frame.MAX_MESSAGE_ID_LENGTH, id.length(), id);
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }
}
