package org.stationconfig.ocpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.status.LastError;

class DiagnosesTest {

    @Test
    void aRollbackThatFailsTooWithoutAHintDoesNotSayNull() {
        LastError lost = new LastError("CLOSED", "CONNECTION_LOST", "The link dropped.", null, Instant.EPOCH, 2,
                null, null, null, null, null);
        LastError both = Diagnoses.rollbackFailsToo(lost, "HTTP 401 from the new endpoint");
        assertEquals("The new settings had failed before: HTTP 401 from the new endpoint.", both.hint());
        assertTrue(both.message().startsWith("Both failed") && both.message().endsWith("The link dropped."),
                both.message());
        assertEquals(2, both.attempts());
    }
}
