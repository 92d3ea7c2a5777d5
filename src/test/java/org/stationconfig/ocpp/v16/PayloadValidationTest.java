package org.stationconfig.ocpp.v16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.ocpp.rpc.JsonTrees.parse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stationconfig.ocpp.rpc.ErrorCode;
import org.stationconfig.ocpp.rpc.InvalidPayloadException;
import org.stationconfig.ocpp.rpc.PayloadReader;
import org.stationconfig.ocpp.v16.core.BootNotification;
import org.stationconfig.ocpp.v16.core.ChangeAvailability;
import org.stationconfig.ocpp.v16.core.ChangeConfiguration;
import org.stationconfig.ocpp.v16.core.GetConfiguration;
import org.stationconfig.ocpp.v16.core.MeterValues;
import org.stationconfig.ocpp.v16.core.RemoteStartTransaction;
import org.stationconfig.ocpp.v16.security.GetInstalledCertificateIds;
import org.stationconfig.ocpp.v16.smartcharging.SetChargingProfile;
import org.stationconfig.ocpp.v16.types.UnitOfMeasure;

/** Each OCPP-J error code from a concrete bad payload; the error names the field, never the value. */
class PayloadValidationTest {

    private final PayloadReader reader = new PayloadReader();

    private static final String BOOT_OK = "{\"status\":\"Accepted\",\"currentTime\":\"2026-11-22T10:15:30Z\",\"interval\":300}";
    private static final String PROFILE = "{\"connectorId\":1,\"csChargingProfiles\":{\"chargingProfileId\":7,\"stackLevel\":0,"
            + "\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\",\"chargingSchedule\":"
            + "{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":LIMIT}]}}}";

    @Test
    void validPayloadReads() {
        BootNotification.Response r = reader.read(parse(BOOT_OK), BootNotification.Response.class);
        assertEquals(new BootNotification.Response(BootNotification.RegistrationStatus.Accepted, Instant.parse("2026-11-22T10:15:30Z"), 300), r);
    }

    @Test
    void unknownFieldsAreTolerated() {
        // SteVe #858: a newer or sloppy peer's extra fields must not fail the message
        BootNotification.Response r = reader.read(parse(BOOT_OK.replace("{", "{\"vendorExtension\":{\"x\":[1,2]},")), BootNotification.Response.class);
        assertEquals(300, r.interval());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // what is wrong                    | payload                                                                            | code                         | field
        "missing required enum              | {\"currentTime\":\"2026-11-22T10:15:30Z\",\"interval\":300}                        | OccurenceConstraintViolation | status",
        "missing required integer           | {\"status\":\"Accepted\",\"currentTime\":\"2026-11-22T10:15:30Z\"}                 | OccurenceConstraintViolation | interval",
        "null for a required number         | {\"status\":\"Accepted\",\"currentTime\":\"2026-11-22T10:15:30Z\",\"interval\":null} | TypeConstraintViolation    | interval",
        "string where integer               | {\"status\":\"Accepted\",\"currentTime\":\"2026-11-22T10:15:30Z\",\"interval\":\"300\"} | TypeConstraintViolation  | interval",
        "decimal where integer              | {\"status\":\"Accepted\",\"currentTime\":\"2026-11-22T10:15:30Z\",\"interval\":1.5} | TypeConstraintViolation      | interval",
        "boolean where integer              | {\"status\":\"Accepted\",\"currentTime\":\"2026-11-22T10:15:30Z\",\"interval\":true} | TypeConstraintViolation    | interval",
        "integer beyond 32 bits             | {\"status\":\"Accepted\",\"currentTime\":\"2026-11-22T10:15:30Z\",\"interval\":4294967296} | PropertyConstraintViolation | interval",
        "number where string                | {\"status\":\"Accepted\",\"currentTime\":20261122,\"interval\":300}                | TypeConstraintViolation      | currentTime",
        "not a dateTime                     | {\"status\":\"Accepted\",\"currentTime\":\"yesterday\",\"interval\":300}           | TypeConstraintViolation      | currentTime",
        "value outside the enum             | {\"status\":\"Maybe\",\"currentTime\":\"2026-11-22T10:15:30Z\",\"interval\":300}   | PropertyConstraintViolation  | status",
        "enum is case-sensitive             | {\"status\":\"accepted\",\"currentTime\":\"2026-11-22T10:15:30Z\",\"interval\":300} | PropertyConstraintViolation | status",
        "object where enum                  | {\"status\":{},\"currentTime\":\"2026-11-22T10:15:30Z\",\"interval\":300}          | TypeConstraintViolation      | status",
    })
    void bootNotificationResponseViolations(String what, String payload, ErrorCode code, String field) {
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class, () -> reader.read(parse(payload), BootNotification.Response.class));
        assertEquals(code, e.errorCode(), what);
        assertEquals(field, e.field(), what);
        assertTrue(e.errorDescription().startsWith(field + ": "), e.errorDescription());
    }

    @Test
    void payloadThatIsNotAnObjectIsAFormationViolation() {
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class, () -> reader.read(parse("[]"), BootNotification.Response.class));
        assertEquals(ErrorCode.FormationViolation, e.errorCode());
    }

    @Test
    void ciStringLongerThanItsMaximumIsAPropertyViolation() {
        String key51 = "k".repeat(51);
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class,
                () -> reader.read(parse("{\"key\":\"" + key51 + "\",\"value\":\"1\"}"), ChangeConfiguration.Request.class));
        assertEquals(ErrorCode.PropertyConstraintViolation, e.errorCode());
        assertEquals("key", e.field());
        assertTrue(!e.errorDescription().contains(key51), "the value is never echoed");
        // exactly at the maximum is fine (CiString50 is a maximum, errata 3.58)
        assertEquals("k".repeat(50), reader.read(parse("{\"key\":\"" + "k".repeat(50) + "\",\"value\":\"1\"}"), ChangeConfiguration.Request.class).key());
    }

    @Test
    void negativeConnectorIsOutOfRange() {
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class,
                () -> reader.read(parse("{\"connectorId\":-1,\"type\":\"Operative\"}"), ChangeAvailability.Request.class));
        assertEquals(ErrorCode.PropertyConstraintViolation, e.errorCode());
        assertEquals("connectorId", e.field());
    }

    @Test
    void listItemTooLongNamesItsIndex() {
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class,
                () -> reader.read(parse("{\"key\":[\"HeartbeatInterval\",\"" + "x".repeat(51) + "\"]}"), GetConfiguration.Request.class));
        assertEquals(ErrorCode.PropertyConstraintViolation, e.errorCode());
        assertEquals("key[1]", e.field());
    }

    @Test
    void nullListItemIsAWrongType() {
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class,
                () -> reader.read(parse("{\"key\":[null]}"), GetConfiguration.Request.class));
        assertEquals(ErrorCode.TypeConstraintViolation, e.errorCode());
        assertEquals("key[0]", e.field());
    }

    @Test
    void tooFewItemsIsAnOccurrenceViolation() {
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class,
                () -> reader.read(parse("{\"status\":\"Accepted\",\"certificateHashData\":[]}"), GetInstalledCertificateIds.Response.class));
        assertEquals(ErrorCode.OccurenceConstraintViolation, e.errorCode());
        assertEquals("certificateHashData", e.field());
    }

    @Test
    void deepFieldIsNamedByItsPath() {
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class,
                () -> reader.read(parse(PROFILE.replace("LIMIT", "16.05")), SetChargingProfile.Request.class));
        assertEquals(ErrorCode.PropertyConstraintViolation, e.errorCode());
        assertEquals("csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].limit", e.field());
        assertEquals(e.field(), e.errorDetails().get("field").getStringValue());
    }

    @Test
    void limitWithOneDecimalOrWholeIsAccepted() {
        SetChargingProfile.Request r = reader.read(parse(PROFILE.replace("LIMIT", "16.5")), SetChargingProfile.Request.class);
        assertEquals(new BigDecimal("16.5"), r.csChargingProfiles().chargingSchedule().chargingSchedulePeriod().get(0).limit());
        assertEquals(0, new BigDecimal("32").compareTo(reader.read(parse(PROFILE.replace("LIMIT", "32")), SetChargingProfile.Request.class)
                .csChargingProfiles().chargingSchedule().chargingSchedulePeriod().get(0).limit()));
    }

    @Test
    void missingNestedRequiredFieldNamesItsPath() {
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class, () -> reader.read(
                parse("{\"idTag\":\"TAG\",\"chargingProfile\":{\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Relative\"}}"),
                RemoteStartTransaction.Request.class));
        assertEquals(ErrorCode.OccurenceConstraintViolation, e.errorCode());
        assertEquals("chargingProfile.chargingSchedule", e.field());
    }

    @Test
    void integralDecimalCountsAsInteger() {
        assertEquals(300, reader.read(parse(BOOT_OK.replace("300", "300.0")), BootNotification.Response.class).interval());
    }

    @Test
    void optionalNullReadsAsAbsent() {
        RemoteStartTransaction.Request r = reader.read(parse("{\"idTag\":\"TAG\",\"connectorId\":null}"), RemoteStartTransaction.Request.class);
        assertNull(r.connectorId());
    }

    @Test
    void timestampsWithOffsetsOrFractionsAreUnderstood() {
        assertEquals(Instant.parse("2026-11-22T09:15:30Z"), reader.read(parse(BOOT_OK.replace("2026-11-22T10:15:30Z", "2026-11-22T10:15:30+01:00")),
                BootNotification.Response.class).currentTime());
        assertEquals(Instant.parse("2026-11-22T10:15:30.250Z"), reader.read(parse(BOOT_OK.replace("10:15:30Z", "10:15:30.250Z")),
                BootNotification.Response.class).currentTime());
    }

    @Test
    void schemaTypoCelciusIsAcceptedAsCelsius() {
        // EJ 2.1: accept both spellings, send "Celsius"
        MeterValues.Request r = reader.read(parse("{\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"2026-11-22T10:15:30Z\","
                + "\"sampledValue\":[{\"value\":\"21.5\",\"measurand\":\"Temperature\",\"unit\":\"Celcius\"}]}]}"), MeterValues.Request.class);
        assertEquals(UnitOfMeasure.Celsius, r.meterValue().get(0).sampledValue().get(0).unit());
    }

    @Test
    void listsAreImmutable() {
        GetConfiguration.Request r = reader.read(parse("{\"key\":[\"a\"]}"), GetConfiguration.Request.class);
        assertThrows(UnsupportedOperationException.class, () -> ((List<String>) r.key()).add("b"));
    }
}
