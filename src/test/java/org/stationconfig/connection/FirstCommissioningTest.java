package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.stationconfig.status.ConnectionStatus;
import org.stationconfig.status.Indicator;

/** A station that never reached a central system: nothing to roll back to, so it keeps trying what it was given. */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstCommissioningTest extends StationUnderTest {

    @Test
    @Order(1)
    void aWrongIdKeepsBeingRetriedWithTheDiagnosis() {
        csms.knownIds = List.of("KNOWN");
        commission("NEW-STATION", Map.of());
        ConnectionStatus failed = awaitStatus(s -> s.lastError() != null && s.lastError().attempts() >= 3);
        assertEquals("HTTP_404", failed.lastError().code());
        assertFalse(failed.trial().previousKept());
        assertFalse(failed.trial().active());
        assertEquals("NEW-STATION", settings.current().value("chargePointId"));
        assertEquals(Indicator.Color.GRAY, failed.indicator().color());
    }

    @Test
    @Order(2)
    void aRejectedRegistrationStaysConnectedAndSilentAndIsShownRed() {
        csms.bootStatus = "Rejected";
        csms.bootInterval = 30;
        commission("CP-R", Map.of());
        ConnectionStatus rejected = awaitStatus(s -> s.registration() == Registration.REJECTED);
        assertEquals(ConnectionState.CONNECTED, rejected.state());
        assertEquals(Indicator.Color.RED, rejected.indicator().color());
        assertEquals("BOOT_REJECTED", rejected.lastError().code());
        assertEquals(30, rejected.lastError().retryInterval());
        // S16 §4.2: while Rejected the station answers nothing the central system sends
        var answer = csms.call("CP-R", "GetConfiguration", "{}");
        assertFalse(answer.completeOnTimeout("silence", 2, java.util.concurrent.TimeUnit.SECONDS).join().startsWith("["));
        assertTrue(csms.count("StatusNotification") == 0);
    }
}
