package org.stationconfig.station.reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.csms.CentralSystemScript.Received;
import org.stationconfig.station.StationScenario;

/**
 * Reservations as the central system uses them (S16 §5.13, §5.1): every answer of ReserveNow and CancelReservation,
 * who may start on a reserved connector, the reservation id in StartTransaction, expiry, and connector 0.
 */
@MicronautTest(transactional = false)
class ReservationScenarioTest extends StationScenario {

    private static final String HOUR = "PT1H";

    @Test
    void reserveNowAnswersAcceptedOccupiedFaultedUnavailableAndRejectedAsTheSpecSays() {
        commission("CP-RES-1", Map.of());
        assertEquals("Accepted", reserve("CP-RES-1", 1, 1, "DRIVER-1", null, HOUR));
        awaitStatus(1, "Reserved");
        awaitNotified("CP-RES-1", 1, "Reserved");
        Map<?, ?> view = (Map<?, ?>) connector(1).get("reservation");
        assertEquals(1, ((Number) view.get("reservationId")).intValue());
        assertEquals("DRIVER-1", view.get("idTag"));
        assertEquals("YELLOW", ((Map<?, ?>) connector(1).get("indicator")).get("color"));

        assertEquals("Occupied", reserve("CP-RES-1", 2, 1, "DRIVER-2", null, HOUR), "reserved for another tag");
        assertEquals("Occupied", reserve("CP-RES-1", 2, 1, "DRIVER-1", null, HOUR), "reserved for the same tag");
        plug(2);
        awaitStatus(2, "Preparing");
        assertEquals("Occupied", reserve("CP-RES-1", 2, 2, "DRIVER-2", null, HOUR), "an EV is plugged in");
        unplug(2);
        simulate(2, "fault", Map.of("errorCode", "GroundFailure"));
        awaitStatus(2, "Faulted");
        assertEquals("Faulted", reserve("CP-RES-1", 2, 2, "DRIVER-2", null, HOUR));
        simulator.clearFault(2);
        assertEquals("Accepted", availability("CP-RES-1", 2, "Inoperative"));
        assertEquals("Unavailable", reserve("CP-RES-1", 2, 2, "DRIVER-2", null, HOUR));
        assertEquals("Accepted", availability("CP-RES-1", 2, "Operative"));
        assertEquals("Rejected", reserve("CP-RES-1", 2, 3, "DRIVER-2", null, HOUR), "no connector 3");
        assertEquals("Rejected", reserve("CP-RES-1", 2, 2, "DRIVER-2", null, "-PT1M"), "already expired");
        assertEquals("Available", status(2), "no refusal reserved anything");

        assertEquals("Rejected", cancel("CP-RES-1", 2), "the station has no reservation 2");
        assertEquals("Accepted", cancel("CP-RES-1", 1));
        awaitStatus(1, "Available");
        awaitNotified("CP-RES-1", 1, "Available");
        assertNull(connector(1).get("reservation"));
        assertEquals("Rejected", cancel("CP-RES-1", 1), "already cancelled");
    }

    @Test
    void onlyTheReservedTagOrATagOfItsGroupStartsAndTheStartCarriesTheReservationId() {
        csms.tagParent.put("FRIEND", "FLEET");
        csms.tagParent.put("STRANGER", "OTHERS");
        commission("CP-RES-2", Map.of());
        assertEquals("Accepted", reserve("CP-RES-2", 7, 1, "OWNER", "FLEET", HOUR));
        plug(1);
        tag(1, "STRANGER");
        csms.awaitCalls("CP-RES-2", "Authorize", 1, WITHIN);
        tag(1, "NOBODY");
        tag(1, "FRIEND");
        Received start = csms.awaitCalls("CP-RES-2", "StartTransaction", 1, WITHIN).get(0);
        assertEquals("FRIEND", start.payload().get("idTag").getStringValue(), "the other tags were refused first");
        assertEquals(7, start.payload().get("reservationId").getIntValue());
        awaitStatus(1, "Charging");
        assertEquals("Rejected", cancel("CP-RES-2", 7), "the transaction ended the reservation");

        assertEquals("Accepted", reserve("CP-RES-2", 8, 2, "OWNER-2", null, HOUR));
        tag(2, "owner-2"); // id tags are case-insensitive
        awaitStatus(2, "Preparing");
        plug(2);
        Received second = csms.awaitCalls("CP-RES-2", "StartTransaction", 2, WITHIN).get(1);
        assertEquals(2, second.payload().get("connectorId").getIntValue());
        assertEquals(8, second.payload().get("reservationId").getIntValue());
        awaitStatus(2, "Charging");
        assertNull(connector(2).get("reservation"));
    }

    @Test
    void aTransactionWithoutAReservationSendsNoReservationId() {
        commission("CP-RES-3", Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        tag(1, "PLAIN");
        JsonNode start = csms.awaitCalls("CP-RES-3", "StartTransaction", 1, WITHIN).get(0).payload();
        assertNull(start.get("reservationId"), start.toString());
    }

    @Test
    void aReservationExpiresAtItsExpiryDateAndTheConnectorIsAvailableAgain() {
        commission("CP-RES-4", Map.of());
        assertEquals("Accepted", reserve("CP-RES-4", 40, 2, "LATE", null, "PT2S"));
        awaitNotified("CP-RES-4", 2, "Reserved");
        awaitNotified("CP-RES-4", 2, "Available");
        assertEquals("Available", status(2));
        assertEquals("Rejected", cancel("CP-RES-4", 40), "expired reservations are gone");
        plug(2);
        tag(2, "SOMEONE");
        assertEquals("SOMEONE", csms.awaitCalls("CP-RES-4", "StartTransaction", 1, WITHIN).get(0).payload()
                .get("idTag").getStringValue(), "anybody may charge again");
    }

    @Test
    void theSameReservationIdReplacesTheReservationUnlessTheNewOneIsRefused() {
        commission("CP-RES-5", Map.of());
        assertEquals("Accepted", reserve("CP-RES-5", 5, 1, "FIRST", null, HOUR));
        awaitStatus(1, "Reserved");
        assertEquals("Accepted", reserve("CP-RES-5", 5, 2, "SECOND", null, HOUR));
        awaitStatus(2, "Reserved");
        awaitStatus(1, "Available");
        assertEquals("SECOND", ((Map<?, ?>) connector(2).get("reservation")).get("idTag"));

        plug(1);
        assertEquals("Occupied", reserve("CP-RES-5", 5, 1, "THIRD", null, HOUR));
        assertEquals("SECOND", ((Map<?, ?>) connector(2).get("reservation")).get("idTag"), "the refused one replaced nothing");

        plug(2);
        assertEquals("Reserved", status(2), "the driver plugged in but did not present the tag yet");
        assertEquals("Accepted", reserve("CP-RES-5", 5, 2, "SECOND", null, "PT2H"), "renewing it is still possible");
        assertEquals("Accepted", cancel("CP-RES-5", 5));
        awaitStatus(2, "Preparing");
    }

    @Test
    void aFaultOrUnavailabilityEndsTheReservation() {
        commission("CP-RES-6", Map.of());
        assertEquals("Accepted", reserve("CP-RES-6", 60, 1, "DRIVER", null, HOUR));
        assertEquals("Accepted", reserve("CP-RES-6", 61, 2, "DRIVER", null, HOUR));
        awaitStatus(1, "Reserved");
        simulate(1, "fault", Map.of("errorCode", "OverVoltage"));
        awaitStatus(1, "Faulted");
        simulator.clearFault(1);
        awaitStatus(1, "Available");
        assertEquals("Rejected", cancel("CP-RES-6", 60));

        assertEquals("Accepted", availability("CP-RES-6", 2, "Inoperative"));
        awaitStatus(2, "Unavailable");
        assertEquals("Accepted", availability("CP-RES-6", 2, "Operative"));
        awaitStatus(2, "Available");
        assertEquals("Rejected", cancel("CP-RES-6", 61));
    }

    @Test
    void aRemoteStartRespectsTheReservation() {
        commission("CP-RES-7", Map.of("authorizeRemoteTxRequests", false));
        assertEquals("Accepted", reserve("CP-RES-7", 70, 2, "BOOKED", null, HOUR));
        assertEquals("Rejected", remoteStart("CP-RES-7", "{\"connectorId\":2,\"idTag\":\"SOMEONE\"}"));
        assertEquals("Accepted", remoteStart("CP-RES-7", "{\"idTag\":\"BOOKED\"}"));
        awaitStatus(2, "Preparing"); // without a connector the one reserved for the tag is chosen
        assertEquals("Available", status(1));
        plug(2);
        JsonNode start = csms.awaitCalls("CP-RES-7", "StartTransaction", 1, WITHIN).get(0).payload();
        assertEquals(2, start.get("connectorId").getIntValue());
        assertEquals(70, start.get("reservationId").getIntValue());
    }

    @Test
    void aRemoteStartForATagOfTheGroupLooksItsParentUp() {
        csms.tagParent.put("MEMBER", "CLUB");
        commission("CP-RES-8", Map.of("authorizeRemoteTxRequests", false));
        assertEquals("Accepted", reserve("CP-RES-8", 80, 1, "CAPTAIN", "CLUB", HOUR));
        plug(1);
        assertEquals("Accepted", remoteStart("CP-RES-8", "{\"connectorId\":1,\"idTag\":\"MEMBER\"}"));
        assertEquals("MEMBER", csms.awaitCalls("CP-RES-8", "Authorize", 1, WITHIN).get(0).payload().get("idTag")
                .getStringValue(), "the group is asked for, though remote starts are not authorised");
        JsonNode start = csms.awaitCalls("CP-RES-8", "StartTransaction", 1, WITHIN).get(0).payload();
        assertEquals("MEMBER", start.get("idTag").getStringValue());
        assertEquals(80, start.get("reservationId").getIntValue());
    }

    @Test
    void aReservationOnConnectorZeroKeepsOneConnectorFreeForItsTag() {
        commission("CP-RES-9", Map.of());
        JsonNode key = callStation("CP-RES-9", "GetConfiguration", "{\"key\":[\"ReserveConnectorZeroSupported\"]}")
                .get("configurationKey").get(0);
        assertEquals("true", key.get("value").getStringValue());
        assertEquals(true, key.get("readonly").getBooleanValue());

        assertEquals("Accepted", reserve("CP-RES-9", 90, 0, "ANYWHERE", null, HOUR));
        assertEquals("Available", status(1), "no specific connector is reserved while two are free");
        assertEquals("Available", status(2));
        plug(1);
        tag(1, "FIRST-COME");
        awaitStatus(1, "Charging");
        awaitStatus(2, "Reserved"); // the last free connector is held for the reservation
        awaitNotified("CP-RES-9", 2, "Reserved");
        assertEquals("Occupied", reserve("CP-RES-9", 91, 0, "ANOTHER", null, HOUR), "no second connector to keep");
        assertEquals("Occupied", reserve("CP-RES-9", 92, 2, "ANOTHER", null, HOUR), "connector 2 is held");

        plug(2);
        awaitStatus(2, "Reserved"); // a cable does not take a held connector
        tag(2, "LATECOMER");
        tag(2, "anywhere");
        List<Received> starts = csms.awaitCalls("CP-RES-9", "StartTransaction", 2, WITHIN);
        assertEquals("anywhere", starts.get(1).payload().get("idTag").getStringValue(), "the latecomer was refused");
        assertEquals(2, starts.get(1).payload().get("connectorId").getIntValue());
        assertEquals(90, starts.get(1).payload().get("reservationId").getIntValue());
        assertEquals("Rejected", cancel("CP-RES-9", 90), "used");
    }

    @Test
    void connectorZeroAnswersUnavailableWhenTheStationIsAndItsReservationEndsThen() {
        commission("CP-RES-10", Map.of());
        assertEquals("Accepted", reserve("CP-RES-10", 100, 0, "ANYWHERE", null, HOUR));
        assertEquals("Accepted", availability("CP-RES-10", 0, "Inoperative"));
        assertEquals("Unavailable", reserve("CP-RES-10", 101, 0, "ANYWHERE", null, HOUR));
        assertEquals("Rejected", cancel("CP-RES-10", 100), "an Unavailable station ends its reservations");
        assertEquals("Accepted", availability("CP-RES-10", 0, "Operative"));
        simulate(1, "fault", Map.of("errorCode", "GroundFailure"));
        simulate(2, "fault", Map.of("errorCode", "GroundFailure"));
        awaitStatus(2, "Faulted");
        assertEquals("Faulted", reserve("CP-RES-10", 102, 0, "ANYWHERE", null, HOUR));
    }

    private String reserve(String chargePointId, int reservationId, int connectorId, String idTag, String parentIdTag,
                           String expiresIn) {
        Instant expiry = Instant.now().plus(Duration.parse(expiresIn)).truncatedTo(ChronoUnit.MILLIS);
        return callStation(chargePointId, "ReserveNow", "{\"connectorId\":" + connectorId + ",\"expiryDate\":\"" + expiry
                + "\",\"idTag\":\"" + idTag + "\"," + (parentIdTag == null ? "" : "\"parentIdTag\":\"" + parentIdTag + "\",")
                + "\"reservationId\":" + reservationId + "}").get("status").getStringValue();
    }

    private String cancel(String chargePointId, int reservationId) {
        return callStation(chargePointId, "CancelReservation", "{\"reservationId\":" + reservationId + "}")
                .get("status").getStringValue();
    }

    private String availability(String chargePointId, int connectorId, String type) {
        return callStation(chargePointId, "ChangeAvailability", "{\"connectorId\":" + connectorId + ",\"type\":\"" + type
                + "\"}").get("status").getStringValue();
    }

    private String remoteStart(String chargePointId, String payload) {
        return callStation(chargePointId, "RemoteStartTransaction", payload).get("status").getStringValue();
    }
}
