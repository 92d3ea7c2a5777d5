package org.stationconfig.station.command;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;
import org.stationconfig.ocpp.csms.CentralSystemScript;
import org.stationconfig.station.StationScenario;

/**
 * The app's station commands with the scripted central system on loopback: it sees the same messages as when it
 * sends the request itself (StartTransaction and StatusNotification after a start, StopTransaction with reason Remote
 * after a stop, the StatusNotifications of a status report, a new BootNotification after a reset, a new connection
 * after a reconnect).
 */
@MicronautTest(transactional = false)
class StationCommandsCentralSystemTest extends StationScenario {

    private Map<String, Object> command(String name, Map<String, Object> body) {
        Api.Reply reply = api.call(HttpRequest.POST("/api/v1/station/commands/" + name, body),
                api.token("installer", "installer-password-1"));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void anAppStartAndStopReachTheCentralSystemAsARemoteStartAndStopWould() {
        commission("CP-CMD-1", Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        assertEquals("Started", command("start-transaction", Map.of("connectorId", 1, "idTag", "APP-TAG"))
                .get("outcome"));
        CentralSystemScript.Received start = csms.awaitCalls("CP-CMD-1", "StartTransaction", 1, WITHIN).get(0);
        assertEquals("APP-TAG", start.payload().get("idTag").getStringValue());
        assertEquals(1, start.payload().get("connectorId").getIntValue());
        awaitNotified("CP-CMD-1", 1, "Charging");

        // the same request from the central system itself, on the other connector
        plug(2);
        assertEquals("Accepted", callStation("CP-CMD-1", "RemoteStartTransaction",
                "{\"connectorId\": 2, \"idTag\": \"CSMS-TAG\"}").get("status").getStringValue());
        csms.awaitCalls("CP-CMD-1", "StartTransaction", 2, WITHIN);
        awaitNotified("CP-CMD-1", 2, "Charging");

        Number transactionId = await().atMost(WITHIN).until(() -> (Number) transaction(1).get("id"), id -> id != null);
        Map<String, Object> stopped = command("stop-transaction", Map.of("transactionId", transactionId.intValue()));
        assertEquals("Accepted", stopped.get("outcome"), stopped.toString());
        CentralSystemScript.Received stop = csms.awaitCalls("CP-CMD-1", "StopTransaction", 1, WITHIN).get(0);
        assertEquals("Remote", stop.payload().get("reason").getStringValue());
        assertEquals(transactionId.intValue(), stop.payload().get("transactionId").getIntValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> ended = (Map<String, Object>) stopped.get("transaction");
        assertEquals(stop.payload().get("meterStop").getIntValue(), ((Number) ended.get("meterStopWh")).intValue());
        awaitNotified("CP-CMD-1", 1, "Finishing");
        assertTrue(charging(2), "only the named transaction stopped");
    }

    @Test
    void aStartOnAConnectorReservedForAnotherTagSaysSo() {
        commission("CP-CMD-5", Map.of("authorizationMode", "ANY_TAG"));
        assertEquals("Accepted", callStation("CP-CMD-5", "ReserveNow", "{\"connectorId\": 1, \"expiryDate\": \""
                + Instant.now().plusSeconds(3600) + "\", \"idTag\": \"RES-TAG\", \"reservationId\": 7}")
                .get("status").getStringValue());
        Map<String, Object> refused = command("start-transaction", Map.of("connectorId", 1, "idTag", "OTHER-TAG"));
        assertEquals("Reserved", refused.get("outcome"), refused.toString());
        assertTrue(((String) refused.get("detail")).contains("reserved for another tag"));
        assertEquals("Accepted", callStation("CP-CMD-5", "CancelReservation", "{\"reservationId\": 7}")
                .get("status").getStringValue());
        awaitStatus(1, "Available");
    }

    @Test
    void aStatusReportSendsTheStatusesItShows() {
        commission("CP-CMD-2", Map.of());
        // the statuses after BootNotification (station and both connectors) first, or one of them is counted as sent
        int before = csms.awaitCalls("CP-CMD-2", "StatusNotification", 3, WITHIN).size();
        Map<String, Object> report = command("status-report", Map.of("connectorId", 2));
        assertEquals("Sent", report.get("outcome"), report.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statuses = (List<Map<String, Object>>) report.get("statuses");
        assertEquals(1, statuses.size());
        assertEquals(2, ((Number) statuses.get(0).get("connectorId")).intValue());
        CentralSystemScript.Received sent = csms.awaitCalls("CP-CMD-2", "StatusNotification", before + 1, WITHIN)
                .get(before);
        assertEquals(2, sent.payload().get("connectorId").getIntValue());
        assertEquals(statuses.get(0).get("status"), sent.payload().get("status").getStringValue());

        int all = before + 1;
        command("status-report", Map.of());
        assertEquals(List.of(0, 1, 2), csms.awaitCalls("CP-CMD-2", "StatusNotification", all + 3, WITHIN)
                .subList(all, all + 3).stream().map(c -> c.payload().get("connectorId").getIntValue()).toList());
    }

    @Test
    void reconnectDialsAgainAndAnswersTheConnectionReached() {
        commission("CP-CMD-3", Map.of());
        int connections = csms.connections.get();
        Map<String, Object> reconnected = command("reconnect", Map.of());
        assertEquals("CONNECTED", reconnected.get("outcome"), reconnected.toString());
        assertEquals("ACCEPTED", reconnected.get("registration"));
        assertEquals(connections + 1, csms.connections.get(), "a new connection was made");
    }

    @Test
    void aHardResetIsAcceptedAndTheStationBootsAgain() {
        commission("CP-CMD-4", Map.of());
        int boots = csms.calls("CP-CMD-4", "BootNotification").size();
        Map<String, Object> reset = command("hard-reset", Map.of());
        assertEquals("Accepted", reset.get("outcome"), reset.toString());
        assertNotNull(reset.get("restartBy"));
        assertTrue(!Instant.parse((String) reset.get("restartBy")).isAfter(Instant.now()));
        csms.awaitCalls("CP-CMD-4", "BootNotification", boots + 1, WITHIN);
        CentralSystemScript.Received event = await().atMost(WITHIN).until(() -> csms.calls("CP-CMD-4",
                "SecurityEventNotification").stream().filter(c -> c.payload().get("type").getStringValue()
                .equals("ResetOrReboot")).findFirst().orElse(null), e -> e != null);
        assertTrue(event.payload().get("techInfo").getStringValue().contains("the app (installer)"),
                event.payload().toString());
        await().atMost(WITHIN).until(centralSystem::online);
    }
}
