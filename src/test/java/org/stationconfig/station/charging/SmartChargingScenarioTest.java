package org.stationconfig.station.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.charging.ChargingProfiles;
import org.stationconfig.charging.ProfileFilter;
import org.stationconfig.station.StationScenario;

/**
 * Smart charging as a central system uses it (S16 §3.13, §5.5, §5.7, §5.16): every answer of SetChargingProfile,
 * ClearChargingProfile and GetCompositeSchedule, and the current the station then offers. The simulator can offer
 * 32 A on 3 phases at 230 V.
 */
@MicronautTest(transactional = false)
class SmartChargingScenarioTest extends StationScenario {

    @Inject
    ChargingProfiles profiles;

    @AfterEach
    void clearProfiles() {
        profiles.clear(new ProfileFilter(null, null, null, null));
    }

    @Test
    void aProfileThatBreaksARuleIsRejectedAndChangesNothing() {
        commission("CP-SC-1", Map.of());
        assertEquals("Rejected", set("CP-SC-1", 1, profile(1, "ChargePointMaxProfile", 0, "A", "16")),
                "a ChargePointMaxProfile only on connector 0");
        assertEquals("Rejected", set("CP-SC-1", 1, profile(2, "TxProfile", 0, "A", "16")), "no transaction runs");
        assertEquals("Rejected", set("CP-SC-1", 0, profile(3, "TxProfile", 0, "A", "16")), "a TxProfile on connector 0");
        assertEquals("Rejected", set("CP-SC-1", 3, profile(4, "TxDefaultProfile", 0, "A", "16")), "no connector 3");
        assertEquals("Rejected", set("CP-SC-1", 0, profile(5, "TxDefaultProfile", 11, "A", "16")),
                "above ChargeProfileMaxStackLevel 10");
        String periods = IntStream.range(0, 49).mapToObj(i -> "{\"startPeriod\":" + i * 60 + ",\"limit\":10}")
                .collect(Collectors.joining(","));
        assertEquals("Rejected", set("CP-SC-1", 0, "{\"chargingProfileId\":6,\"stackLevel\":0,"
                + "\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Relative\","
                + "\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[" + periods + "]}}"),
                "above ChargingScheduleMaxPeriods 48");
        assertEquals("Rejected", set("CP-SC-1", 0, "{\"chargingProfileId\":7,\"stackLevel\":0,"
                + "\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Recurring\","
                + "\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":"
                + "[{\"startPeriod\":0,\"limit\":10}]}}"), "Recurring without recurrencyKind and startSchedule");
        assertEquals("Rejected", set("CP-SC-1", 0, "{\"chargingProfileId\":8,\"stackLevel\":0,"
                + "\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Relative\","
                + "\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":"
                + "[{\"startPeriod\":60,\"limit\":10}]}}"), "the first period starts later than 0");
        JsonNode wrongType = callStation("CP-SC-1", "SetChargingProfile", "{\"connectorId\":0,\"csChargingProfiles\":"
                + profile(9, "TxDefaultProfile", 0, "A", "\"ten\"") + "}");
        assertEquals("TypeConstraintViolation", wrongType.get(2).getStringValue(), "a limit that is not a number");
        assertEquals(List.of(), profiles.installed(), "nothing was installed");
        assertEquals(List.of(List.of(0, 32.0)), periods(composite("CP-SC-1", 0, 3600, null)),
                "the station's schedule is its hardware maximum");
    }

    @Test
    void aChargePointMaxProfileLimitsTheStationUntilItIsCleared() {
        commission("CP-SC-2", Map.of("authorizationMode", "ANY_TAG"));
        startCharging(1, "SC-DRIVER", 32.0);
        assertEquals("Accepted", set("CP-SC-2", 0, profile(20, "ChargePointMaxProfile", 0, "A", "10")));
        awaitConnector(1, c -> number(c.get("offeredCurrent")) == 10.0);
        Map<String, Object> limit = activeLimit();
        assertEquals("CHARGING_PROFILE", limit.get("source"));
        assertEquals(10.0, number(limit.get("amps")));
        assertEquals("charging profile 20 (ChargePointMaxProfile, stack level 0) limits the station to 10.0 A",
                limit.get("reason"));
        assertEquals(List.of(List.of(0, 10.0)), periods(composite("CP-SC-2", 0, 600, null)));
        JsonNode watts = composite("CP-SC-2", 1, 600, "W");
        assertEquals("W", watts.get("chargingSchedule").get("chargingRateUnit").getStringValue());
        assertEquals(List.of(List.of(0, 6900.0)), periods(watts), "10 A × 3 phases × 230 V");

        assertEquals("Accepted", clear("CP-SC-2", "{\"id\":20}"));
        awaitConnector(1, c -> number(c.get("offeredCurrent")) == 32.0);
        assertEquals("HARDWARE", activeLimit().get("source"));
        assertEquals("Unknown", clear("CP-SC-2", "{\"id\":20}"), "already cleared");
    }

    @Test
    void aTxProfileForTheRunningTransactionOverridesTheDefaultAndEndsWithIt() {
        commission("CP-SC-3", Map.of("authorizationMode", "ANY_TAG"));
        assertEquals("Accepted", set("CP-SC-3", 0, profile(30, "TxDefaultProfile", 0, "A", "16")));
        startCharging(1, "SC-DRIVER-3", 16.0);
        await().atMost(WITHIN).until(() -> transaction(1) != null && transaction(1).get("id") != null);
        int transactionId = ((Number) transaction(1).get("id")).intValue();
        assertEquals("Rejected", set("CP-SC-3", 1, txProfile(31, transactionId + 1, "8")), "another transaction");
        assertEquals("Accepted", set("CP-SC-3", 1, txProfile(31, transactionId, "8")));
        awaitConnector(1, c -> number(c.get("offeredCurrent")) == 8.0);
        assertEquals(List.of(List.of(0, 8.0)), periods(composite("CP-SC-3", 1, 600, "A")));

        unplug(1);
        awaitStatus(1, "Available");
        assertEquals("Unknown", clear("CP-SC-3", "{\"id\":31}"), "the TxProfile ended with its transaction");
        assertEquals(List.of(List.of(0, 16.0)), periods(composite("CP-SC-3", 1, 600, "A")),
                "the TxDefaultProfile stays for the next transaction");
        assertEquals("Accepted", clear("CP-SC-3", "{\"chargingProfilePurpose\":\"TxDefaultProfile\",\"stackLevel\":0}"));
    }

    @Test
    void theOfferedCurrentFollowsTheScheduleAsItsPeriodsComeDue() {
        commission("CP-SC-5", Map.of("authorizationMode", "ANY_TAG"));
        startCharging(2, "SC-DRIVER-5", 32.0);
        assertEquals("Accepted", set("CP-SC-5", 2, "{\"chargingProfileId\":50,\"stackLevel\":1,"
                + "\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\","
                + "\"chargingSchedule\":{\"startSchedule\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "\",\"duration\":4,\"chargingRateUnit\":\"A\","
                + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":20},{\"startPeriod\":2,\"limit\":8}]}}"));
        awaitConnector(2, c -> number(c.get("offeredCurrent")) == 8.0);
        awaitConnector(2, c -> number(c.get("offeredCurrent")) == 32.0); // after its duration nothing limits
    }

    @Test
    void aProfileWithTheSameIdOrTheSameStackLevelReplacesTheOldOneAndTheStoreHasALimit() {
        commission("CP-SC-4", Map.of());
        assertEquals("Accepted", set("CP-SC-4", 1, profile(40, "TxDefaultProfile", 2, "A", "12")));
        assertEquals("Accepted", set("CP-SC-4", 1, profile(41, "TxDefaultProfile", 2, "A", "14")),
                "same connector, purpose and stack level: replaces 40");
        assertEquals("Accepted", set("CP-SC-4", 2, profile(41, "TxDefaultProfile", 3, "A", "18")),
                "same id: moves to connector 2");
        assertEquals(1, profiles.installed().size());
        assertEquals(List.of(List.of(0, 32.0)), periods(composite("CP-SC-4", 1, 60, "A")));
        assertEquals(List.of(List.of(0, 18.0)), periods(composite("CP-SC-4", 2, 60, "A")));

        for (int id = 50; id < 69; id++) { // MaxChargingProfilesInstalled 20: 41 and 19 more
            assertEquals("Accepted", set("CP-SC-4", 0, profile(id, "ChargePointMaxProfile", 0, "A", "30")));
            assertEquals("Accepted", clear("CP-SC-4", "{\"id\":" + id + "}"));
        }
        List<String> answers = new ArrayList<>();
        for (int level = 0; level <= 10; level++) {
            answers.add(set("CP-SC-4", 0, profile(100 + level, "TxDefaultProfile", level, "A", "30")));
        }
        for (int level = 0; level <= 10; level++) {
            answers.add(set("CP-SC-4", 0, profile(200 + level, "ChargePointMaxProfile", level, "A", "30")));
        }
        assertEquals(19, answers.stream().filter("Accepted"::equals).count(), "20 in all with profile 41");
        assertEquals("Rejected", answers.get(answers.size() - 1));
        assertEquals(20, profiles.installed().size());
        assertEquals("Accepted", set("CP-SC-4", 0, profile(100, "TxDefaultProfile", 0, "A", "20")),
                "a replacement does not count twice");
        JsonNode unknown = composite("CP-SC-4", 3, 60, "A");
        assertEquals("Rejected", unknown.get("status").getStringValue(), "GetCompositeSchedule for an unknown connector");
        assertNull(unknown.get("chargingSchedule"));
    }

    /** An EV plugs in, a driver taps a tag, and the station offers the current expected. */
    private void startCharging(int connectorId, String idTag, double amps) {
        plug(connectorId);
        tag(connectorId, idTag);
        awaitConnector(connectorId, c -> number(c.get("offeredCurrent")) == amps);
    }

    private String set(String chargePointId, int connectorId, String profile) {
        return callStation(chargePointId, "SetChargingProfile", "{\"connectorId\":" + connectorId
                + ",\"csChargingProfiles\":" + profile + "}").get("status").getStringValue();
    }

    private String clear(String chargePointId, String payload) {
        return callStation(chargePointId, "ClearChargingProfile", payload).get("status").getStringValue();
    }

    private JsonNode composite(String chargePointId, int connectorId, int duration, String unit) {
        return callStation(chargePointId, "GetCompositeSchedule", "{\"connectorId\":" + connectorId + ",\"duration\":"
                + duration + (unit == null ? "" : ",\"chargingRateUnit\":\"" + unit + "\"") + "}");
    }

    /** [startPeriod, limit] of each period of an Accepted composite schedule. */
    private static List<List<Object>> periods(JsonNode answer) {
        assertEquals("Accepted", answer.get("status").getStringValue());
        List<List<Object>> periods = new ArrayList<>();
        answer.get("chargingSchedule").get("chargingSchedulePeriod").values().forEach(period -> periods.add(
                List.of(period.get("startPeriod").getIntValue(), period.get("limit").getDoubleValue())));
        return periods;
    }

    private Map<String, Object> activeLimit() {
        @SuppressWarnings("unchecked")
        Map<String, Object> limit = (Map<String, Object>) api.call(HttpRequest.GET("/api/v1/ocpp/status"), service)
                .json().get("activeLimit");
        return limit;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** A Relative profile with one period from the start. */
    private static String profile(int id, String purpose, int stackLevel, String unit, String limit) {
        return "{\"chargingProfileId\":" + id + ",\"stackLevel\":" + stackLevel + ",\"chargingProfilePurpose\":\""
                + purpose + "\",\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\""
                + unit + "\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":" + limit + "}]}}";
    }

    private static String txProfile(int id, int transactionId, String amps) {
        return "{\"chargingProfileId\":" + id + ",\"transactionId\":" + transactionId + ",\"stackLevel\":0,"
                + "\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":"
                + "{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":" + amps + "}]}}";
    }
}
