package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.status.ConnectionStatus;
import org.stationconfig.status.Indicator;

/**
 * Issue 13, item 2: after a change of the endpoint the status kept {@code registration: ACCEPTED} from the old one
 * while the station dialled the new one. Registration and indicator describe the endpoint in use: NONE until its
 * BootNotification is answered (SPEC §4 table), then what it answered.
 */
@MicronautTest(transactional = false)
class RegistrationDuringChangeTest extends StationUnderTest {

    @Test
    void aNewEndpointThatCannotBeReachedIsNotShownAsAccepted() {
        commission("CP-OLD", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
        csms.knownIds = List.of("CP-OLD");
        change(Map.of("chargePointId", "CP-NEW"));
        ConnectionStatus failing = awaitStatus(s -> s.lastError() != null && "HTTP_404".equals(s.lastError().code())
                && s.trial() != null && s.trial().active());
        assertEquals(Registration.NONE, failing.registration(), failing.toString());
        assertEquals(new Indicator(Indicator.Icon.PLUG_DISCONNECTED, Indicator.Color.GRAY,
                "Client disconnected, never registered"), failing.indicator());
        assertNull(failing.connectedSince());
        // rolled back to the id that worked: its registration continues there
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED
                && s.effectiveUrl().endsWith("/CP-OLD"));
    }

    @Test
    void aNewEndpointReadsNoneUntilItAnswersThenWhatItAnswered() {
        commission("CP-ONE", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
        csms.bootStatus = "Pending";
        csms.bootInterval = 1;
        csms.answerCalls = false;
        change(Map.of("chargePointId", "CP-TWO"));
        csms.awaitCalls("CP-TWO", "BootNotification", 1, WITHIN);
        ConnectionStatus booting = status.current();
        assertEquals(ConnectionState.CONNECTED, booting.state());
        assertEquals(Registration.NONE, booting.registration());
        assertEquals(new Indicator(Indicator.Icon.PLUG, Indicator.Color.YELLOW, "Client connected, registering"),
                booting.indicator());
        assertNotNull(booting.connectedSince());
        csms.answerCalls = true;
        ConnectionStatus pending = awaitStatus(s -> s.registration() == Registration.PENDING);
        assertEquals(Indicator.Color.YELLOW, pending.indicator().color());
        csms.bootStatus = "Accepted";
        ConnectionStatus accepted = awaitStatus(s -> s.registration() == Registration.ACCEPTED);
        assertEquals(new Indicator(Indicator.Icon.PLUG, Indicator.Color.GREEN,
                "Client connected, registration status: Accepted"), accepted.indicator());
    }

    @Test
    void aNewAccessKeyThatIsRefusedIsNotShownAsAccepted() {
        commission("CP-KEYED", Map.of("securityProfile", 1, "accessKey", "00112233445566778899AABBCCDDEEFF"));
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
        csms.refuseUpgradeWith = 401;
        change(Map.of("accessKey", "FFEEDDCCBBAA99887766554433221100"));
        ConnectionStatus failing = awaitStatus(s -> s.lastError() != null && "HTTP_401".equals(s.lastError().code())
                && s.trial() != null && s.trial().active());
        assertEquals(Registration.NONE, failing.registration(), failing.toString());
        csms.refuseUpgradeWith = 0;
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
    }

    @Test
    void aNewSecurityProfileReadsNoneUntilItsBootNotificationIsAnswered() {
        commission("CP-RAISED", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
        csms.answerCalls = false;
        change(Map.of("securityProfile", 1, "accessKey", "00112233445566778899AABBCCDDEEFF"));
        csms.awaitCalls("CP-RAISED", "BootNotification", 2, WITHIN);
        ConnectionStatus booting = status.current();
        assertEquals(Registration.NONE, booting.registration(), booting.toString());
        csms.answerCalls = true;
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
    }
}
