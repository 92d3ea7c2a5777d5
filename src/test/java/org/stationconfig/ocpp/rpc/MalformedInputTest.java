package org.stationconfig.ocpp.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stationconfig.ocpp.v16.ActionTable;

/**
 * Garbage in: never an exception, always the right CALLERROR or silence, always reported.
 * A CALL whose id can be read is answered with that id, also when the frame breaks after it (truncated, trailing
 * text, past the limits); otherwise with "-1" (OCPP-J 2.0.1 §4.2.3 practice).
 * CALLRESULT/CALLERROR are never answered, unknown message types are ignored (OCPP-J 1.6 §4.1.3).
 */
class MalformedInputTest {

    private static final String FV = "FormationViolation";
    private static final String SILENT = null;

    static Stream<Arguments> malformed() {
        return Stream.of(
                // not JSON at all
                row("plain text", "hello", "-1", FV),
                row("empty", "", "-1", FV),
                row("blank", "   \n", "-1", FV),
                row("truncated JSON", "[2,\"a\",\"Heartbeat\",{", "a", FV),
                row("trailing garbage", "[2,\"a\",\"Heartbeat\",{}] tail", "a", FV),
                row("extra bracket", "[2,\"a\",\"Heartbeat\",{}]]", "a", FV),
                row("single quotes", "[2,'a','Heartbeat',{}]", "-1", FV),
                row("NaN literal", "[2,\"a\",\"DataTransfer\",{\"data\":NaN}]", "a", FV),
                row("NUL character", "\u0000", "-1", FV),
                row("huge string", "x".repeat(5_000_000), "-1", FV),
                row("deep nesting", "[".repeat(100_000) + "]".repeat(100_000), "-1", FV),
                row("deep nesting in a payload", "[2,\"a\",\"DataTransfer\"," + "{\"a\":".repeat(200) + "1" + "}".repeat(200) + "]", "a", FV),
                // JSON, but not a frame
                row("object", "{}", "-1", FV),
                row("string", "\"[2]\"", "-1", FV),
                row("number", "42", "-1", FV),
                row("null", "null", "-1", FV),
                row("empty array", "[]", "-1", FV),
                row("type as string", "[\"2\",\"a\",\"Heartbeat\",{}]", "-1", FV),
                row("type as decimal", "[2.5,\"a\",\"Heartbeat\",{}]", "-1", FV),
                row("type null", "[null,\"a\",\"Heartbeat\",{}]", "-1", FV),
                // CALLs with an unreadable id
                row("CALL alone", "[2]", "-1", FV),
                row("numeric id", "[2,123,\"Heartbeat\",{}]", "-1", FV),
                row("null id", "[2,null,\"Heartbeat\",{}]", "-1", FV),
                row("empty id", "[2,\"\",\"Heartbeat\",{}]", "-1", FV),
                row("id of 37 chars", "[2,\"" + "i".repeat(37) + "\",\"Heartbeat\",{}]", "-1", FV),
                row("id of a megabyte", "[2,\"" + "i".repeat(1_000_000) + "\",\"Heartbeat\",{}]", "-1", FV),
                // CALLs with a readable id
                row("payload array", "[2,\"a\",\"Heartbeat\",[]]", "a", FV),
                row("payload null", "[2,\"a\",\"Heartbeat\",null]", "a", FV),
                row("payload string", "[2,\"a\",\"Heartbeat\",\"{}\"]", "a", FV),
                row("payload missing", "[2,\"a\",\"Heartbeat\"]", "a", FV),
                row("extra element", "[2,\"a\",\"Heartbeat\",{},{}]", "a", FV),
                row("action number", "[2,\"a\",7,{}]", "a", FV),
                row("action missing", "[2,\"a\"]", "a", FV),
                // responses are never answered
                row("CALLRESULT without payload", "[3,\"a\"]", SILENT, null),
                row("CALLRESULT payload array", "[3,\"a\",[]]", SILENT, null),
                row("CALLRESULT numeric id", "[3,5,{}]", SILENT, null),
                row("CALLERROR too short", "[4,\"a\"]", SILENT, null),
                row("CALLERROR code number", "[4,\"a\",7,\"\",{}]", SILENT, null),
                row("CALLERROR too long", "[4,\"a\",\"GenericError\",\"\",{},1]", SILENT, null),
                // OCPP-J 1.6 §4.1.3: unknown message types are ignored
                row("type 9", "[9,\"x\"]", SILENT, null),
                row("type 0", "[0]", SILENT, null),
                row("type 5 (2.1 SEND)", "[5,\"a\",\"NotifyX\",{}]", SILENT, null),
                row("negative type", "[-2,\"a\",\"Heartbeat\",{}]", SILENT, null));
    }

    private static Arguments row(String name, String input, String replyId, String code) {
        return Arguments.of(name, input, replyId, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void codecAnswersOrStaysSilent(String name, String input, String replyId, String code) {
        DecodeResult result = new FrameCodec().decode(input);
        Optional<CallError> reply = switchReply(result);
        if (replyId == null) {
            assertTrue(reply.isEmpty(), () -> "expected silence, got " + reply);
        } else {
            CallError error = reply.orElseThrow(() -> new AssertionError("expected a CALLERROR, got " + result));
            assertEquals(replyId, error.messageId());
            assertEquals(code, error.errorCode().name());
            assertTrue(error.errorDescription().length() < 100, "the description never echoes the input");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void endpointAnswersReportsAndNeverThrows(String name, String input, String replyId, String code) {
        FakeTransport transport = new FakeTransport();
        List<InvalidMessage> reported = new ArrayList<>();
        RpcEndpoint endpoint = RpcEndpoint.builder(transport, ActionTable.v16(), new VirtualScheduler())
                .invalidMessageListener(reported::add).build();

        endpoint.onText(input);

        assertEquals(1, reported.size(), "every malformed frame is reported once");
        assertTrue(reported.get(0).excerpt().length() <= LogText.MAX_EXCERPT + 30, "the excerpt is truncated");
        if (replyId == null) {
            assertTrue(transport.sent().isEmpty(), "no answer expected");
        } else {
            assertEquals(1, transport.sent().size());
            String prefix = String.format("[4,\"%s\",\"%s\",", replyId, code);
            assertTrue(transport.last().startsWith(prefix), () -> transport.last() + " should start with " + prefix);
        }
    }

    private static Optional<CallError> switchReply(DecodeResult result) {
        return result instanceof DecodeResult.Malformed m ? m.reply() : Optional.empty();
    }
}
