package org.stationconfig.connection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import jakarta.inject.Inject;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.ocpp.csms.CentralSystemScript;
import org.stationconfig.status.ConnectionStatus;
import org.stationconfig.status.Indicator;

/** The connection lifecycle against a real central system on loopback (SPEC §5). */
@MicronautTest(transactional = false)
class OcppSessionTest extends StationUnderTest {

    @Inject
    AuditLog audit;

    @Test
    void aCommissionedStationBootsIsAcceptedAndReportsItsConnectors() {
        commission("CP-1", Map.of());
        ConnectionStatus accepted = awaitStatus(s -> s.registration() == Registration.ACCEPTED);
        assertEquals(ConnectionState.CONNECTED, accepted.state());
        assertEquals(Indicator.Color.GREEN, accepted.indicator().color());
        assertEquals("ws://127.0.0.1:" + server.getPort() + "/csms/CP-1", accepted.effectiveUrl());
        CentralSystemScript.Received boot = csms.awaitCall("BootNotification", WITHIN);
        assertEquals("StationConfig", boot.payload().get("chargePointVendor").getStringValue());
        assertEquals("SIM0000001", boot.payload().get("chargePointSerialNumber").getStringValue());
        await().atMost(WITHIN).until(() -> csms.count("StatusNotification") == 3);
        Set<Integer> connectors = csms.received.stream().filter(call -> call.action().equals("StatusNotification"))
                .map(call -> call.payload().get("connectorId").getIntValue()).collect(Collectors.toSet());
        assertEquals(Set.of(0, 1, 2), connectors);
        // errata: the first request is BootNotification, nothing before it
        assertEquals("BootNotification", csms.received.get(0).action());
    }

    @Test
    void theAcceptedIntervalBecomesTheHeartbeatInterval() {
        csms.bootInterval = 120;
        commission("CP-HB", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED);
        await().atMost(WITHIN).until(() -> settings.current().intValue("heartbeatInterval") == 120);
    }

    @Test
    void aPlainReconnectSendsStatusNotificationsNotANewBoot() {
        commission("CP-RC", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED);
        await().atMost(WITHIN).until(() -> csms.count("StatusNotification") == 3);
        csms.close("CP-RC", 4000, "maintenance");
        ConnectionStatus dropped = awaitStatus(s -> s.lastError() != null && "CLOSED_BY_SERVER".equals(s.lastError().code()));
        assertEquals(4000, dropped.lastError().closeCode());
        await().atMost(WITHIN).until(() -> csms.connections.get() == 2 && csms.count("StatusNotification") == 6);
        assertEquals(1, csms.count("BootNotification"));
        awaitStatus(s -> s.state() == ConnectionState.CONNECTED && s.lastError() == null);
    }

    @Test
    void disablingClosesTheConnection() {
        commission("CP-OFF", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED);
        change(Map.of("enabled", false));
        assertEquals(ConnectionState.DISABLED, status.current().state());
        await().atMost(WITHIN).until(() -> !csms.connected("CP-OFF"));
    }

    @Test
    void aBrokenIdIsDiagnosedAs404AndRolledBackToTheIdThatWorked() {
        csms.knownIds = List.of("GOOD-1");
        commission("GOOD-1", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.trial() != null && !s.trial().active());

        change(Map.of("chargePointId", "TYPO-1"));
        ConnectionStatus failing = awaitStatus(s -> s.lastError() != null && "HTTP_404".equals(s.lastError().code()));
        assertTrue(failing.lastError().hint().contains("charge point id"), failing.lastError().hint());
        assertTrue(failing.trial().active() && failing.trial().previousKept());
        assertEquals(List.of("chargePointId"), failing.trial().keys());

        ConnectionStatus back = awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED
                && "GOOD-1".equals(settings.current().value("chargePointId")));
        assertFalse(back.trial().active());
        assertTrue(back.trial().lastRollbackReason().contains("HTTP_404"), back.trial().lastRollbackReason());
        assertTrue(audit.page(Category.CONNECTION, 0, 20).getContent().stream().anyMatch(e -> e.event().equals("ROLLBACK")));
        assertEquals("system", settings.current().row("chargePointId").principal());
    }
}
