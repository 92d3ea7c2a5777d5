package org.stationconfig.ocpp.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.ocpp.rpc.JsonTrees.assertSameJson;
import static org.stationconfig.ocpp.rpc.JsonTrees.parse;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    private final FrameCodec codec = new FrameCodec();

    @Test
    void callRoundTrips() {
        Call call = new Call("19223201", "BootNotification", parse("{\"chargePointVendor\":\"VendorX\",\"chargePointModel\":\"SingleSocketCharger\"}"));
        String text = codec.encode(call);
        assertSameJson("[2,\"19223201\",\"BootNotification\",{\"chargePointVendor\":\"VendorX\",\"chargePointModel\":\"SingleSocketCharger\"}]", text);
        Call back = (Call) valid(text);
        assertEquals("19223201", back.messageId());
        assertEquals("BootNotification", back.action());
        assertSameJson(call.payload(), back.payload());
    }

    @Test
    void callResultRoundTrips() {
        CallResult result = new CallResult("19223201", parse("{\"status\":\"Accepted\",\"currentTime\":\"2013-02-01T20:53:32Z\",\"interval\":300}"));
        String text = codec.encode(result);
        assertSameJson("[3,\"19223201\",{\"status\":\"Accepted\",\"currentTime\":\"2013-02-01T20:53:32Z\",\"interval\":300}]", text);
        CallResult back = (CallResult) valid(text);
        assertEquals("19223201", back.messageId());
        assertSameJson(result.payload(), back.payload());
    }

    @Test
    void callErrorRoundTrips() {
        CallError error = new CallError("162376037", ErrorCode.NotSupported, "SetDisplayMessageRequest not implemented",
                parse("{\"hint\":\"none\"}"));
        String text = codec.encode(error);
        assertSameJson("[4,\"162376037\",\"NotSupported\",\"SetDisplayMessageRequest not implemented\",{\"hint\":\"none\"}]", text);
        CallError back = (CallError) valid(text);
        assertEquals(error.messageId(), back.messageId());
        assertEquals(error.errorCode(), back.errorCode());
        assertEquals(error.errorDescription(), back.errorDescription());
        assertSameJson(error.errorDetails(), back.errorDetails());
    }

    @Test
    void callErrorWithNothingToSayHasEmptyDescriptionAndObjectDetails() {
        // OCPP-J §4.2.3: "" and {} rather than null (SteVe #45: details must be an object)
        assertEquals("[4,\"a\",\"GenericError\",\"\",{}]", codec.encode(new CallError("a", ErrorCode.GenericError, null, null)));
    }

    @Test
    void misspelledCodesAreWrittenAsOcpp16SpellsThem() {
        assertTrue(codec.encode(new CallError("a", ErrorCode.OccurenceConstraintViolation, "")).contains("\"OccurenceConstraintViolation\""));
        assertTrue(codec.encode(new CallError("a", ErrorCode.FormationViolation, "")).contains("\"FormationViolation\""));
    }

    @Test
    void emptyPayloadIsAnEmptyObject() {
        assertEquals("[2,\"a\",\"Heartbeat\",{}]", codec.encode(new Call("a", "Heartbeat", parse("{}"))));
    }

    @Test
    void callErrorWithUnknownCodeReadsAsGenericErrorAndKeepsDescription() {
        CallError back = (CallError) valid("[4,\"a\",\"RpcFrameworkError\",\"boom\",{}]");
        assertEquals(ErrorCode.GenericError, back.errorCode());
        assertEquals("boom", back.errorDescription());
    }

    @Test
    void correctedSpellingsFromPeersAreUnderstood() {
        assertEquals(ErrorCode.OccurenceConstraintViolation, ((CallError) valid("[4,\"a\",\"OccurrenceConstraintViolation\",\"\",{}]")).errorCode());
        assertEquals(ErrorCode.FormationViolation, ((CallError) valid("[4,\"a\",\"FormatViolation\",\"\",{}]")).errorCode());
    }

    @Test
    void callErrorWithNonObjectDetailsIsStillUnderstood() {
        CallError back = (CallError) valid("[4,\"a\",\"InternalError\",\"x\",\"oops\"]");
        assertEquals(ErrorCode.InternalError, back.errorCode());
        assertSameJson("{}", JsonText.write(back.errorDetails()));
    }

    @Test
    void idOfExactly36CharactersIsAccepted() {
        String id = "x".repeat(36);
        assertEquals(id, valid("[2,\"" + id + "\",\"Heartbeat\",{}]").messageId());
    }

    @Test
    void largeButWellFormedPayloadIsAccepted() {
        String data = "d".repeat(60_000); // a frame is at most 64 KiB: no string in it is longer
        Call call = (Call) valid("[2,\"a\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":\"" + data + "\"}]");
        assertEquals(data, call.payload().get("data").getStringValue());
    }

    @Test
    void aStringLongerThanAFrameCanCarryIsRefusedBeforeItIsBuilt() {
        String data = "d".repeat(JsonText.MAX_STRING_LENGTH + 1);
        DecodeResult decoded = codec.decode("[2,\"a\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":\"" + data + "\"}]");
        assertEquals(ErrorCode.FormationViolation, ((DecodeResult.Malformed) decoded).code());
    }

    /** Regression: a CertificateSigned past the string limit went unanswered and its sender waited out its timeout. */
    @Test
    void aCallThatBreaksAfterItsIdIsStillAnsweredWithItsId() {
        String data = "d".repeat(JsonText.MAX_STRING_LENGTH + 1);
        for (String frame : List.of("[2,\"big\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":\"" + data + "\"}]",
                "[2,\"big\",\"Heartbeat\",{", "[2,\"big\",\"Heartbeat\",{}]]")) {
            DecodeResult.Malformed malformed = (DecodeResult.Malformed) codec.decode(frame);
            assertEquals(DecodeResult.Kind.CALL, malformed.kind());
            assertEquals("big", malformed.messageId());
            assertEquals(ErrorCode.FormationViolation, malformed.code());
        }
        assertEquals(DecodeResult.Kind.UNKNOWN, ((DecodeResult.Malformed) codec.decode("[2,\"" + "x".repeat(37)
                + "\",\"Heartbeat\",{")).kind(), "an id no CALLERROR may carry is not echoed");
    }

    @Test
    void unicodeSurvivesARoundTrip() {
        Call call = new Call("a", "DataTransfer", parse("{\"vendorId\":\"Ünïcødé ✓ \\\"quoted\\\"\"}"));
        Call back = (Call) valid(codec.encode(call));
        assertEquals("Ünïcødé ✓ \"quoted\"", back.payload().get("vendorId").getStringValue());
    }

    @Test
    void ignoredTypeIsReportedAsIgnored() {
        assertInstanceOf(DecodeResult.Ignored.class, codec.decode("[9,\"x\"]"));
    }

    @Test
    void detailsOfMalformedCallNameTheProblemNotTheInput() {
        DecodeResult.Malformed m = (DecodeResult.Malformed) codec.decode("[2,\"a\",\"Heartbeat\",[\"secret\"]]");
        assertTrue(m.reply().orElseThrow().errorDescription().contains("payload"));
        assertTrue(!m.reply().orElseThrow().errorDescription().contains("secret"));
    }

    private Frame valid(String text) {
        DecodeResult result = codec.decode(text);
        return assertInstanceOf(DecodeResult.Valid.class, result, () -> "expected a valid frame: " + result).frame();
    }
}
