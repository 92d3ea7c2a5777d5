package org.stationconfig.station.metering;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.csms.CentralSystemScript.Received;
import org.stationconfig.station.StationScenario;

/**
 * MeterValues as the central system receives them: exactly the configured measurands at the configured interval,
 * a change from the app or the central system applying at the next sample, and clock-aligned data (S16 §3.16), over
 * the real WebSocket. The timers to the millisecond, switching aligned data off and StopTxnAlignedData are in
 * {@code MeteringOnVirtualClockTest}.
 */
@MicronautTest(transactional = false)
class MeteringScenarioTest extends StationScenario {

    @Test
    void sampledValuesCarryExactlyTheConfiguredMeasurandsAtTheConfiguredInterval() {
        commission("CP-MV-1", Map.of("authorizationMode", "ANY_TAG", "meterValueSampleInterval", 1,
                "meterValuesSampledData", List.of("Energy.Active.Import.Register", "Power.Active.Import",
                        "Current.Import.L1", "Voltage.L2", "SoC")));
        plug(1);
        tag(1, "TAG-MV");
        List<JsonNode> periodic = awaitMeterValues("CP-MV-1", "Sample.Periodic", 3);
        JsonNode begin = awaitMeterValues("CP-MV-1", "Transaction.Begin", 1).get(0);
        assertEquals(List.of("Energy.Active.Import.Register - Wh", "Power.Active.Import - W", "Current.Import L1 A",
                "Voltage L2 V", "SoC - Percent"), describe(begin));
        for (JsonNode meterValues : periodic) {
            assertEquals(1, meterValues.get("connectorId").getIntValue());
            assertTrue(meterValues.get("transactionId").isNumber(), "inside the transaction: " + meterValues);
            assertEquals(describe(begin), describe(meterValues), "exactly the configured measurands, in order");
        }
        assertSpacing(periodic, Duration.ofSeconds(1));
        double first = value(periodic.get(0), 0);
        double last = value(periodic.get(2), 0);
        assertTrue(last > first, "the register counts the energy drawn: " + first + " → " + last);
        assertEquals(11040.0, value(periodic.get(2), 1), 1e-9, "16 A × 230 V × 3 phases");
        assertEquals(16.0, value(periodic.get(2), 2), 1e-9);
    }

    @Test
    void aChangeFromTheAppOrTheCentralSystemAppliesAtTheNextSample() {
        commission("CP-MV-2", Map.of("authorizationMode", "ANY_TAG", "meterValueSampleInterval", 1));
        resetAfterwards("meterValuesSampledData", "meterValueSampleInterval");
        plug(2);
        tag(2, "TAG-MV");
        awaitMeterValues("CP-MV-2", "Sample.Periodic", 1);

        String installer = api.token("installer", "installer-password-1");
        assertEquals(200, api.call(HttpRequest.PATCH("/api/v1/settings", Map.of("values",
                Map.of("meterValuesSampledData", List.of("Current.Offered", "Power.Offered")))), installer).status());
        Instant changed = Instant.now();
        JsonNode next = await().atMost(WITHIN).until(() -> csms.calls("CP-MV-2", "MeterValues").stream()
                .map(Received::payload).filter(m -> timestamp(m).isAfter(changed)).findFirst().orElse(null),
                m -> m != null);
        assertEquals(List.of("Current.Offered - A", "Power.Offered - W"), describe(next), "the first sample after it");

        JsonNode answer = callStation("CP-MV-2", "ChangeConfiguration",
                "{\"key\":\"MeterValueSampleInterval\",\"value\":\"2\"}");
        assertEquals("Accepted", answer.get("status").getStringValue());
        int seen = csms.calls("CP-MV-2", "MeterValues").size();
        awaitMeterValuesAfter("CP-MV-2", seen);
        int from = csms.calls("CP-MV-2", "MeterValues").size() - 1;
        List<Received> spaced = csms.awaitCalls("CP-MV-2", "MeterValues", from + 3, WITHIN).subList(from, from + 3);
        assertSpacing(spaced.stream().map(Received::payload).toList(), Duration.ofSeconds(2));
    }

    @Test
    void clockAlignedValuesComeForEveryConnectorOnTheBoundary() {
        commission("CP-MV-3", Map.of("authorizationMode", "ANY_TAG", "meterValueSampleInterval", 0,
                "clockAlignedDataInterval", 1, "meterValuesAlignedData", List.of("Energy.Active.Import.Register", "Voltage")));
        plug(1);
        tag(1, "TAG-AL");
        awaitStatus(1, "Charging");
        List<JsonNode> aligned = awaitMeterValues("CP-MV-3", "Sample.Clock", 6);
        JsonNode inTransaction = aligned.stream().filter(m -> m.get("connectorId").getIntValue() == 1
                && m.get("transactionId") != null).findFirst().orElseThrow();
        JsonNode idle = aligned.stream().filter(m -> m.get("connectorId").getIntValue() == 2).findFirst().orElseThrow();
        assertNull(idle.get("transactionId"), "an idle connector's values belong to no transaction");
        assertEquals(List.of("Energy.Active.Import.Register - Wh", "Voltage - V"), describe(inTransaction));
        for (JsonNode meterValues : aligned) {
            Instant at = Instant.parse(meterValues.get("meterValue").get(0).get("timestamp").getStringValue());
            assertEquals(0, at.getNano(), "on the second boundary: " + at);
        }
        assertEquals(0, csms.calls("CP-MV-3", "MeterValues").stream()
                .filter(call -> "Sample.Periodic".equals(context(call.payload()))).count(), "MeterValueSampleInterval 0");
    }

    private List<JsonNode> awaitMeterValues(String chargePointId, String context, int count) {
        return await().atMost(WITHIN).until(() -> csms.calls(chargePointId, "MeterValues").stream()
                .map(Received::payload).filter(payload -> context.equals(context(payload))).toList(),
                list -> list.size() >= count);
    }

    private JsonNode awaitMeterValuesAfter(String chargePointId, int seen) {
        return csms.awaitCalls(chargePointId, "MeterValues", seen + 1, WITHIN).get(seen).payload();
    }

    private static String context(JsonNode meterValues) {
        return meterValues.get("meterValue").get(0).get("sampledValue").get(0).get("context").getStringValue();
    }

    private static double value(JsonNode meterValues, int index) {
        return Double.parseDouble(meterValues.get("meterValue").get(0).get("sampledValue").get(index).get("value")
                .getStringValue());
    }

    /** "measurand phase unit" per sampled value. */
    private static List<String> describe(JsonNode meterValues) {
        List<String> items = new ArrayList<>();
        for (JsonNode sampled : meterValues.get("meterValue").get(0).get("sampledValue").values()) {
            items.add(sampled.get("measurand").getStringValue() + " "
                    + (sampled.get("phase") == null ? "-" : sampled.get("phase").getStringValue()) + " "
                    + (sampled.get("unit") == null ? "-" : sampled.get("unit").getStringValue()));
        }
        return items;
    }

    /**
     * Samples never come closer than the interval, and on average they come at it. A single gap may be longer: on a
     * loaded test machine the station thread can be a moment late, and the next sample counts from the late one.
     */
    private static void assertSpacing(List<JsonNode> samples, Duration interval) {
        Duration total = Duration.ZERO;
        for (int i = 1; i < samples.size(); i++) {
            Duration gap = Duration.between(timestamp(samples.get(i - 1)), timestamp(samples.get(i)));
            assertTrue(gap.compareTo(interval.minusMillis(300)) >= 0,
                    "samples " + gap.toMillis() + " ms apart, the interval is " + interval.toMillis());
            total = total.plus(gap);
        }
        Duration mean = total.dividedBy(samples.size() - 1);
        assertTrue(mean.compareTo(interval.plusMillis(800)) <= 0,
                "samples " + mean.toMillis() + " ms apart on average, the interval is " + interval.toMillis());
    }

    private static Instant timestamp(JsonNode meterValues) {
        return Instant.parse(meterValues.get("meterValue").get(0).get("timestamp").getStringValue());
    }
}
