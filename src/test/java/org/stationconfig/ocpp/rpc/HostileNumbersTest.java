package org.stationconfig.ocpp.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stationconfig.ocpp.v16.ActionTable;
import org.stationconfig.ocpp.v16.smartcharging.GetCompositeSchedule;
import org.stationconfig.ocpp.v16.smartcharging.SetChargingProfile;

/**
 * Issue 11, hole 3: one JSON number with a huge exponent or scale tied up the OCPP thread (a rescale to a billion
 * digits) and then ran out of memory. Every such number is refused at once, with the field named and the value
 * not echoed, and no handler sees it. The bound on time is a bound on a hang, not a measurement.
 */
class HostileNumbersTest {

    private static final Duration HANG = Duration.ofSeconds(5);

    private final FakeTransport transport = new FakeTransport();
    private final List<Object> handled = new ArrayList<>();

    private RpcEndpoint endpoint() {
        HandlerTable handlers = HandlerTable.builder()
                .on(SetChargingProfile.ACTION, CallHandler.sync(request -> {
                    handled.add(request);
                    return new SetChargingProfile.Response(SetChargingProfile.ChargingProfileStatus.Accepted);
                }))
                .on(GetCompositeSchedule.ACTION, CallHandler.sync(request -> {
                    handled.add(request);
                    return new GetCompositeSchedule.Response(GetCompositeSchedule.GetCompositeScheduleStatus.Rejected,
                            null, null, null);
                }))
                .build();
        return RpcEndpoint.builder(transport, ActionTable.v16(), new VirtualScheduler()).handlers(handlers).build();
    }

    private static String setChargingProfile(String limit) {
        return "[2,\"n1\",\"SetChargingProfile\",{\"connectorId\":0,\"csChargingProfiles\":{\"chargingProfileId\":1,"
                + "\"stackLevel\":0,\"chargingProfilePurpose\":\"ChargePointMaxProfile\",\"chargingProfileKind\":\"Relative\","
                + "\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":"
                + limit + "}]}}}]";
    }

    @ParameterizedTest(name = "limit {0} -> {1}")
    @CsvSource({
            "1e999999999, TypeConstraintViolation",
            "-1e999999999, TypeConstraintViolation",
            "1.0e-999999999, TypeConstraintViolation",
            "1E+2147483647, TypeConstraintViolation/FormationViolation",
            "0.1e-2147483647, TypeConstraintViolation/FormationViolation",
            "1e19, TypeConstraintViolation",
            "16.05, PropertyConstraintViolation",
    })
    void aDecimalWithAHugeExponentOrScaleIsRefusedAtOnce(String limit, String codes) {
        RpcEndpoint endpoint = endpoint();
        assertTimeoutPreemptively(HANG, () -> endpoint.onText(setChargingProfile(limit)));
        JsonNode answer = transport.lastFrame();
        assertEquals(4, answer.get(0).getNumberValue().intValue(), transport.last());
        String code = answer.get(2).getStringValue();
        assertTrue(List.of(codes.split("/")).contains(code), transport.last());
        if (!code.equals("FormationViolation")) { // a frame jackson cannot read at all has no field to name
            assertTrue(answer.get(3).getStringValue().startsWith("csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].limit"),
                    transport.last());
        }
        assertFalse(transport.last().contains("999999999") || transport.last().contains("2147483647"),
                "the value is never echoed: " + transport.last());
        assertTrue(handled.isEmpty(), "no handler sees a refused call");
    }

    @ParameterizedTest(name = "duration {0} -> {1}")
    @CsvSource({
            "1e999999999, TypeConstraintViolation",
            "1.0e-999999999, TypeConstraintViolation",
            "3600.5, TypeConstraintViolation",
            "1e10, PropertyConstraintViolation",
    })
    void anIntegerWithAHugeExponentOrScaleIsRefusedAtOnce(String duration, String code) {
        RpcEndpoint endpoint = endpoint();
        assertTimeoutPreemptively(HANG, () -> endpoint.onText(
                "[2,\"n2\",\"GetCompositeSchedule\",{\"connectorId\":1,\"duration\":" + duration + "}]"));
        assertEquals(code, transport.lastFrame().get(2).getStringValue(), transport.last());
        assertTrue(handled.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a number of 100000 digits, 100000",
            "a number of 5000 digits, 5000",
    })
    void aNumberWithTooManyDigitsIsNotReadAtAll(String name, int digits) {
        RpcEndpoint endpoint = endpoint();
        assertTimeoutPreemptively(HANG, () -> endpoint.onText(setChargingProfile("1" + "0".repeat(digits - 1))));
        assertEquals("FormationViolation", transport.lastFrame().get(2).getStringValue(), transport.last());
        assertTrue(transport.last().length() < 300, "the answer does not echo the number");
        assertTrue(handled.isEmpty());
    }
}
