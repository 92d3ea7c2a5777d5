package org.stationconfig.station.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;
import org.stationconfig.station.StationScenario;

/** The simulator endpoints over HTTP: what they change, and the problems for bad input and wrong states. */
@MicronautTest(transactional = false)
class SimulatorApiTest extends StationScenario {

    @Test
    void pluggingInShowsAPreparingConnectorAndPluggingTwiceIsAConflict() {
        Api.Reply plugged = plug(1);
        assertEquals(200, plugged.status(), plugged.body());
        assertEquals("Preparing", plugged.json().get("status"));
        assertEquals(true, plugged.json().get("plugged"));
        assertEquals(Map.of("color", "YELLOW", "tooltip", "Connector status: Preparing"), plugged.json().get("indicator"));

        Api.Reply twice = plug(1).assertProblem(409);
        assertTrue(twice.detail().contains("already plugged"), twice.detail());
        assertEquals(200, unplug(1).status());
        assertEquals("Available", status(1));
        assertTrue(unplug(1).assertProblem(409).detail().contains("No EV is plugged in"));
    }

    @Test
    void anUnknownConnectorIsNotFound() {
        assertTrue(plug(3).assertProblem(404).detail().contains("connectors 1 to 2"));
        tag(0, "TAG-1").assertProblem(404);
        api.call(HttpRequest.DELETE("/api/v1/simulator/connectors/9/fault"), service).assertProblem(404);
    }

    @Test
    void aBadTagIsRefusedAndNothingHappens() {
        assertProblemAbout(tag(1, "TAG-WAY-TOO-LONG-FOR-OCPP"), "idTag");
        assertProblemAbout(simulate(1, "rfid", Map.of()), "idTag");
        assertProblemAbout(tag(1, "t\u00e4g"), "idTag");
        assertEquals(null, connector(1).get("lastIdTag"));
    }

    @Test
    void theEvCanPauseOnlyWhilePluggedIn() {
        simulate(1, "ev", Map.of("drawing", false)).assertProblem(409);
        plug(1);
        assertProblemAbout(simulate(1, "ev", Map.of()), "drawing");
        assertEquals(200, simulate(1, "ev", Map.of("drawing", false)).status());
        simulate(1, "ev", Map.of("drawing", false)).assertProblem(409);
    }

    @Test
    void aFaultMakesTheConnectorFaultedUntilItIsCleared() {
        assertProblemAbout(simulate(2, "fault", Map.of("errorCode", "Melted")), "errorCode");
        assertProblemAbout(simulate(2, "fault", Map.of("errorCode", "NoError")), "errorCode");

        Api.Reply faulted = simulate(2, "fault", Map.of("errorCode", "GroundFailure"));
        assertEquals(200, faulted.status(), faulted.body());
        assertEquals("Faulted", faulted.json().get("status"));
        assertEquals("GroundFailure", faulted.json().get("errorCode"));
        assertEquals("RED", ((Map<?, ?>) faulted.json().get("indicator")).get("color"));
        simulate(2, "fault", Map.of("errorCode", "HighTemperature")).assertProblem(409);

        Api.Reply cleared = api.call(HttpRequest.DELETE("/api/v1/simulator/connectors/2/fault"), service);
        assertEquals(200, cleared.status(), cleared.body());
        assertEquals("Available", cleared.json().get("status"));
        assertEquals("NoError", cleared.json().get("errorCode"));
        api.call(HttpRequest.DELETE("/api/v1/simulator/connectors/2/fault"), service).assertProblem(409);
    }

    @Test
    void onlyTheServiceTechnicianDrivesTheSimulatorButEveryoneSeesTheStation() {
        String installer = api.token("installer", "installer-password-1");
        String owner = api.token("owner", "owner-password-1");
        assertEquals(403, api.call(HttpRequest.POST("/api/v1/simulator/connectors/1/plug", Map.of()), installer).status());
        assertEquals(403, api.call(HttpRequest.POST("/api/v1/simulator/connectors/1/plug", Map.of()), owner).status());
        assertEquals(401, api.call(HttpRequest.POST("/api/v1/simulator/connectors/1/plug", Map.of())).status());
        assertEquals("Available", status(1), "refused callers changed nothing");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/station"), owner).status());
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/station"), installer).status());
    }

    @SuppressWarnings("unchecked")
    private static void assertProblemAbout(Api.Reply reply, String field) {
        reply.assertProblem(422);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.json().get("errors");
        assertEquals(field, errors.get(0).get("key"), reply.body());
    }
}
