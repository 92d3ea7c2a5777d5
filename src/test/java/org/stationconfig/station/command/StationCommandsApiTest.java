package org.stationconfig.station.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;
import org.stationconfig.station.StationScenario;

/**
 * The app's station commands over HTTP with no central system configured: each outcome the station reached, the
 * role defaults of the permission data and their change by SERVICE, bad input that changes nothing, the audit.
 */
@MicronautTest(transactional = false)
class StationCommandsApiTest extends StationScenario {

    private String owner() {
        return api.token("owner", "owner-password-1");
    }

    private String installer() {
        return api.token("installer", "installer-password-1");
    }

    private Api.Reply command(String name, Map<String, Object> body, String token) {
        return api.call(HttpRequest.POST("/api/v1/station/commands/" + name, body), token);
    }

    private Map<String, Object> ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstConnector(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("connectors")).get(0);
    }

    @Test
    void theOwnerStartsAndStopsChargingWithoutACentralSystem() {
        set(Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        Map<String, Object> started = ok(command("start-transaction", Map.of("connectorId", 1, "idTag", "OWNER-TAG"),
                owner()));
        assertEquals("Started", started.get("outcome"), started.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> transaction = (Map<String, Object>) started.get("transaction");
        assertNotNull(transaction.get("localId"));
        assertNull(transaction.get("id"), "no central system gave it an id");
        assertEquals("OWNER-TAG", transaction.get("idTag"));
        assertEquals(true, transaction.get("active"));
        assertTrue(List.of("Charging", "SuspendedEV", "SuspendedEVSE").contains(firstConnector(started).get("status")),
                started.toString());
        assertTrue(charging(1));

        Map<String, Object> stopped = ok(command("stop-transaction", Map.of("connectorId", 1), owner()));
        assertEquals("Accepted", stopped.get("outcome"), stopped.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> ended = (Map<String, Object>) stopped.get("transaction");
        assertEquals(transaction.get("localId"), ended.get("localId"));
        assertEquals(false, ended.get("active"));
        assertEquals("Remote", ended.get("stopReason"));
        int meterStop = ((Number) ended.get("meterStopWh")).intValue();
        assertEquals(meterStop - ((Number) ended.get("meterStartWh")).intValue(),
                ((Number) ended.get("consumptionWh")).intValue());
        assertEquals("Finishing", firstConnector(stopped).get("status"), "the cable is still in");

        Map<String, Object> again = ok(command("stop-transaction", Map.of("connectorId", 1), owner()));
        assertEquals("Rejected", again.get("outcome"));
        assertTrue(((String) again.get("detail")).contains("no transaction runs on connector 1"), again.toString());
    }

    @Test
    void aStartWithoutTheCableWaitsForItAndStartsWhenItIsPluggedIn() {
        set(Map.of("authorizationMode", "ANY_TAG"));
        Map<String, Object> waiting = ok(command("start-transaction", Map.of("connectorId", 2, "idTag", "TAG-WAIT"),
                installer()));
        assertEquals("WaitingForCable", waiting.get("outcome"), waiting.toString());
        assertEquals("Preparing", firstConnector(waiting).get("status"));
        assertNull(waiting.get("transaction"));
        plug(2);
        awaitConnector(2, c -> charging(2));
    }

    @Test
    void aStartSaysWhyNotAndStartsNothing() {
        set(Map.of("authorizationMode", "LOCAL_LIST"));
        plug(1);
        Map<String, Object> refused = ok(command("start-transaction", Map.of("connectorId", 1, "idTag", "NOT-LISTED"),
                owner()));
        assertEquals("TagRefused", refused.get("outcome"), refused.toString());
        assertTrue(((String) refused.get("detail")).contains("Invalid"), refused.toString());
        assertEquals(false, charging(1));

        set(Map.of("authorizationMode", "ANY_TAG"));
        ok(command("start-transaction", Map.of("connectorId", 1, "idTag", "TAG-FIRST"), owner()));
        Map<String, Object> occupied = ok(command("start-transaction", Map.of("connectorId", 1, "idTag", "TAG-SECOND"),
                owner()));
        assertEquals("ConnectorOccupied", occupied.get("outcome"), occupied.toString());
        assertEquals("TAG-FIRST", transaction(1).get("idTag"), "the running transaction goes on");

        simulate(2, "fault", Map.of("errorCode", "GroundFailure"));
        Map<String, Object> faulted = ok(command("start-transaction", Map.of("connectorId", 2, "idTag", "TAG-F"),
                owner()));
        assertEquals("ConnectorFaulted", faulted.get("outcome"), faulted.toString());
        assertTrue(((String) faulted.get("detail")).contains("GroundFailure"));
    }

    @Test
    void badInputIsRefusedWithAProblemAndChangesNothing() {
        set(Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        String owner = owner();
        assertTrue(command("start-transaction", Map.of("connectorId", 3, "idTag", "TAG"), owner).assertProblem(404)
                .detail().contains("no connector 3"));
        assertField(command("start-transaction", Map.of("connectorId", 1), owner), "idTag");
        assertField(command("start-transaction", Map.of("connectorId", 1, "idTag", "TAG-WAY-TOO-LONG-FOR-OCPP"), owner),
                "idTag");
        assertField(command("start-transaction", Map.of("connectorId", 1, "idTag", "t\u00e4g"), owner), "idTag");
        assertField(command("start-transaction", Map.of("idTag", "TAG"), owner), "connectorId");
        assertField(command("stop-transaction", Map.of(), owner), "connectorId");
        assertField(command("stop-transaction", Map.of("connectorId", 1, "transactionId", 5), owner), "connectorId");
        String installer = installer();
        command("unlock-connector", Map.of("connectorId", 0), installer).assertProblem(404);
        command("change-availability", Map.of("connectorId", 9, "type", "Inoperative"), installer).assertProblem(404);
        assertField(command("change-availability", Map.of("connectorId", 1, "type", "Broken"), installer), "type");
        command("status-report", Map.of("connectorId", -1), installer).assertProblem(404);
        assertTrue(command("fly-to-the-moon", Map.of(), installer).assertProblem(404).detail().contains("unlock-connector"));

        assertEquals(false, charging(1), "nothing started");
        assertEquals(List.of(true, true), connectors().stream().map(c -> c.get("available")).toList());
    }

    @Test
    void eachRoleMaySendWhatThePermissionDataSaysAndARefusalChangesNothing() {
        set(Map.of("authorizationMode", "ANY_TAG"));
        String owner = owner();
        Api.Reply refused = command("change-availability", Map.of("connectorId", 1, "type", "Inoperative"), owner)
                .assertProblem(403);
        assertTrue(refused.detail().contains("only INSTALLER or SERVICE may send the command change-availability"),
                refused.detail());
        assertEquals(true, connector(1).get("available"));
        for (String name : List.of("soft-reset", "hard-reset", "unlock-connector", "reconnect", "clear-cache",
                "status-report")) {
            command(name, Map.of("connectorId", 1), owner).assertProblem(403);
        }
        assertEquals(403, command("unlock-connector", Map.of("connectorId", 1), owner).status());
        assertEquals("Unlocked", ok(command("unlock-connector", Map.of("connectorId", 1), installer())).get("outcome"));

        Map<String, Object> row = permissionRow("unlock-connector");
        assertEquals(List.of("INSTALLER", "SERVICE"), row.get("writers"));
        assertEquals(false, row.get("csmsWritable"));
        assertEquals(List.of("INSTALLER", "OWNER", "SERVICE"),
                ((List<?>) permissionRow("start-transaction").get("writers")).stream().sorted().toList());

        api.call(HttpRequest.PUT("/api/v1/permissions/unlock-connector", Map.of("writers", List.of("OWNER", "CSMS"))),
                service).assertProblem(422);
        api.call(HttpRequest.PUT("/api/v1/permissions/unlock-connector", Map.of("writers", List.of("OWNER"))),
                installer()).assertProblem(403);
        try {
            assertEquals(200, api.call(HttpRequest.PUT("/api/v1/permissions/unlock-connector",
                    Map.of("writers", List.of("OWNER", "SERVICE"))), service).status());
            assertEquals("Unlocked", ok(command("unlock-connector", Map.of("connectorId", 1), owner)).get("outcome"));
            assertTrue(command("unlock-connector", Map.of("connectorId", 1), installer()).assertProblem(403).detail()
                    .contains("only OWNER or SERVICE"));
        } finally {
            api.call(HttpRequest.PUT("/api/v1/permissions/unlock-connector",
                    Map.of("writers", List.of("INSTALLER", "SERVICE"))), service);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> audit = (List<Map<String, Object>>) api.call(
                HttpRequest.GET("/api/v1/audit?category=COMMAND&size=50"), service).json().get("items");
        assertTrue(audit.stream().anyMatch(e -> "owner".equals(e.get("principal"))
                && "STATION_COMMAND_REFUSED".equals(e.get("event"))
                && String.valueOf(e.get("message")).startsWith("change-availability")), audit.toString());
        assertTrue(audit.stream().anyMatch(e -> "installer".equals(e.get("principal"))
                && "STATION_COMMAND".equals(e.get("event"))
                && "unlock-connector connector 1: Unlocked".equals(e.get("message"))), audit.toString());
    }

    @Test
    void availabilityIsAcceptedOrScheduledAndShowsTheConnectorsStatus() {
        set(Map.of("authorizationMode", "ANY_TAG"));
        String installer = installer();
        Map<String, Object> off = ok(command("change-availability", Map.of("connectorId", 1, "type", "Inoperative"),
                installer));
        assertEquals("Accepted", off.get("outcome"));
        assertEquals("Unavailable", firstConnector(off).get("status"));
        assertEquals(false, firstConnector(off).get("available"));

        plug(2);
        tag(2, "TAG-RUN");
        awaitConnector(2, c -> charging(2));
        Map<String, Object> all = ok(command("change-availability", Map.of("connectorId", 0, "type", "Inoperative"),
                installer));
        assertEquals("Scheduled", all.get("outcome"), all.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> both = (List<Map<String, Object>>) all.get("connectors");
        assertEquals(2, both.size());
        assertEquals(true, both.get(1).get("available"), "connector 2 charges on until its transaction ends");

        Map<String, Object> on = ok(command("change-availability", Map.of("connectorId", 0, "type", "Operative"),
                installer));
        assertEquals("Accepted", on.get("outcome"));
        assertEquals(List.of(true, true), connectors().stream().map(c -> c.get("available")).toList());
    }

    @Test
    void unlockReportsALockThatDoesNotMove() {
        simulate(1, "fault", Map.of("errorCode", "ConnectorLockFailure"));
        assertEquals("UnlockFailed", ok(command("unlock-connector", Map.of("connectorId", 1), installer()))
                .get("outcome"));
        assertEquals("Unlocked", ok(command("unlock-connector", Map.of("connectorId", 2), installer()))
                .get("outcome"));
    }

    @Test
    void clearCacheIsRejectedWhileTheCacheIsOff() {
        assertEquals("Accepted", ok(command("clear-cache", Map.of(), installer())).get("outcome"));
        set(Map.of("authorizationCacheEnabled", false));
        Map<String, Object> rejected = ok(command("clear-cache", Map.of(), installer()));
        assertEquals("Rejected", rejected.get("outcome"));
        assertTrue(((String) rejected.get("detail")).contains("authorizationCacheEnabled"));
    }

    @Test
    void withoutACentralSystemTheStatusReportIsShownButNotSentAndReconnectSaysWhy() {
        Map<String, Object> report = ok(command("status-report", Map.of(), installer()));
        assertEquals("NotSent", report.get("outcome"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statuses = (List<Map<String, Object>>) report.get("statuses");
        assertEquals(List.of(0, 1, 2), statuses.stream().map(s -> ((Number) s.get("connectorId")).intValue()).toList());
        assertEquals("Available", statuses.get(1).get("status"));

        Map<String, Object> reconnect = ok(command("reconnect", Map.of(), installer()));
        assertEquals("DISABLED", reconnect.get("outcome"), reconnect.toString());
        assertEquals("DISABLED", reconnect.get("connectionState"));

        set(Map.of("enabled", true, "centralSystemUrl", ""));
        Map<String, Object> unconfigured = ok(command("reconnect", Map.of(), installer()));
        assertEquals("NOT_CONFIGURED", unconfigured.get("outcome"), unconfigured.toString());
        assertTrue(((String) unconfigured.get("detail")).contains("centralSystemUrl"), unconfigured.toString());
    }

    private Map<String, Object> permissionRow(String key) {
        try {
            List<Map<String, Object>> rows = json.readValue(api.call(HttpRequest.GET("/api/v1/permissions"), service)
                    .body(), io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class,
                    Object.class)));
            return rows.stream().filter(r -> key.equals(r.get("key"))).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertField(Api.Reply reply, String field) {
        reply.assertProblem(422);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.json().get("errors");
        assertEquals(field, errors.get(0).get("key"), reply.body());
        assertTrue(reply.detail().contains("did nothing"), reply.body());
    }
}
