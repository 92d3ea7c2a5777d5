package org.stationconfig.station.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.station.VirtualStation;

/**
 * Metering timers on a virtual clock (S16 §3.16): sampled values every MeterValueSampleInterval from the start of
 * the transaction, a new interval counting from its change, and clock-aligned values on the ClockAlignedDataInterval
 * boundaries from midnight, each MeterValues arriving at the instant it is stamped with, to the millisecond.
 * {@code MeteringScenarioTest} keeps the same over the real WebSocket, in seconds.
 */
@MicronautTest(transactional = false)
class MeteringOnVirtualClockTest extends VirtualStation {

    @Test
    void sampledValuesComeEveryIntervalFromTheStartAndANewIntervalCountsFromItsChange() {
        commission("CP-VMV-1", Map.of("authorizationMode", "ANY_TAG", "meterValueSampleInterval", 60,
                "meterValuesSampledData", List.of("Energy.Active.Import.Register")));
        plug(1);
        tag(1, "TAG-VMV");
        Instant began = time.now();
        Sent begin = sent("MeterValues").get(0);
        assertEquals("Transaction.Begin", begin.context());
        assertEquals(began, begin.sampledAt());

        advance(Duration.ofSeconds(60).minusMillis(1));
        assertEquals(List.of(), periodic(), "nothing before the interval is over");
        advance(Duration.ofMillis(1));
        advance(Duration.ofSeconds(120));
        List<Sent> samples = periodic();
        assertEquals(List.of(began.plusSeconds(60), began.plusSeconds(120), began.plusSeconds(180)),
                samples.stream().map(Sent::sampledAt).toList());
        for (Sent sample : samples) {
            assertEquals(sample.sampledAt(), sample.at(), "sent when sampled: the link is up");
            assertTrue(sample.payload().get("transactionId").isNumber(), "inside the transaction");
        }
        assertTrue(energy(samples.get(2)) > energy(samples.get(0)), "the register counts what the EV draws");

        advance(Duration.ofSeconds(10));
        Instant changed = time.now();
        set(Map.of("meterValueSampleInterval", 30));
        advance(Duration.ofSeconds(60));
        List<Instant> after = periodic().stream().map(Sent::sampledAt).filter(at -> at.isAfter(changed)).toList();
        assertEquals(List.of(changed.plusSeconds(30), changed.plusSeconds(60)), after);
    }

    @Test
    void clockAlignedValuesComeForEveryConnectorOnEachBoundaryFromMidnight() {
        commission("CP-VMV-2", Map.of("authorizationMode", "ANY_TAG", "meterValueSampleInterval", 0,
                "clockAlignedDataInterval", 900, "meterValuesAlignedData", List.of("Energy.Active.Import.Register")));
        plug(1);
        tag(1, "TAG-VAL");
        Instant boundary = AlignedSchedule.next(time.now(), Duration.ofMinutes(15));
        assertEquals(0, boundary.getEpochSecond() % 900, "a quarter of an hour from midnight UTC: " + boundary);
        advance(Duration.between(time.now(), boundary).minusMillis(1));
        assertEquals(List.of(), aligned());
        advance(Duration.ofMillis(1));
        List<Sent> first = aligned();
        assertEquals(List.of(1, 2), first.stream().map(s -> s.payload().get("connectorId").getIntValue()).toList());
        for (Sent sample : first) {
            assertEquals(boundary, sample.sampledAt());
            assertEquals(boundary, sample.at());
        }
        assertTrue(first.get(0).payload().get("transactionId").isNumber(), "connector 1 charges");
        assertNull(first.get(1).payload().get("transactionId"), "connector 2 is idle: no transaction");

        advance(Duration.ofMinutes(30));
        assertEquals(List.of(boundary, boundary, boundary.plusSeconds(900), boundary.plusSeconds(900),
                boundary.plusSeconds(1800), boundary.plusSeconds(1800)), aligned().stream().map(Sent::sampledAt).toList());
        assertEquals(List.of(), periodic(), "MeterValueSampleInterval 0: no sampled values");

        set(Map.of("clockAlignedDataInterval", 0));
        advance(Duration.ofHours(1));
        assertEquals(6, aligned().size(), "0 switches it off");
    }

    /** StopTxnAlignedData: the StopTransaction carries the boundaries' samples of exactly those measurands. */
    @Test
    void stopTransactionCarriesTheAlignedSamplesOfStopTxnAlignedDataOnEachBoundary() {
        commission("CP-VMV-3", Map.of("authorizationMode", "ANY_TAG", "meterValueSampleInterval", 0,
                "clockAlignedDataInterval", 900, "meterValuesAlignedData", List.of("Energy.Active.Import.Register"),
                "stopTxnAlignedData", List.of("Energy.Active.Import.Register", "Voltage")));
        plug(1);
        tag(1, "TAG-VSTOP");
        Instant boundary = AlignedSchedule.next(time.now(), Duration.ofMinutes(15));
        advance(Duration.between(time.now(), boundary).plusMinutes(15).plusSeconds(1));
        tag(1, "TAG-VSTOP");

        JsonNode data = sent("StopTransaction").get(0).payload().get("transactionData");
        List<JsonNode> aligned = new ArrayList<>();
        for (JsonNode meterValue : data.values()) {
            if ("Sample.Clock".equals(meterValue.get("sampledValue").get(0).get("context").getStringValue())) {
                aligned.add(meterValue);
            }
        }
        assertEquals(List.of(boundary, boundary.plusSeconds(900)), aligned.stream()
                .map(meterValue -> Instant.parse(meterValue.get("timestamp").getStringValue())).toList());
        for (JsonNode meterValue : aligned) {
            List<String> measurands = new ArrayList<>();
            meterValue.get("sampledValue").values().forEach(v -> measurands.add(v.get("measurand").getStringValue()));
            assertEquals(List.of("Energy.Active.Import.Register", "Voltage"), measurands,
                    "exactly StopTxnAlignedData, not MeterValuesAlignedData");
        }
    }

    private List<Sent> periodic() {
        return sent("MeterValues").stream().filter(s -> s.context().equals("Sample.Periodic")).toList();
    }

    private List<Sent> aligned() {
        return sent("MeterValues").stream().filter(s -> s.context().equals("Sample.Clock")).toList();
    }

    private static double energy(Sent meterValues) {
        return Double.parseDouble(meterValues.payload().get("meterValue").get(0).get("sampledValue").get(0)
                .get("value").getStringValue());
    }
}
