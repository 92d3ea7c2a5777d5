package org.stationconfig.ocpp.rpc;

import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import org.stationconfig.ocpp.rpc.DecodeResult.Ignored;
import org.stationconfig.ocpp.rpc.DecodeResult.Kind;
import org.stationconfig.ocpp.rpc.DecodeResult.Malformed;
import org.stationconfig.ocpp.rpc.DecodeResult.Valid;

/**
 * Text ↔ {@link Frame}. Decoding never throws: anything unusable becomes {@link Malformed} or {@link Ignored}.
 * Every frame-level problem (not JSON, not an array, wrong element count or type, bad id, payload not an object)
 * is a FormationViolation: the message does not conform to the PDU structure (OCPP-J §4.2.3). Problems inside a
 * well-formed payload get their codes from {@link Violation}.
 */
public final class FrameCodec {

    public DecodeResult decode(String text) {
        JsonNode root;
        try {
            root = JsonText.parse(text == null ? "" : text);
        } catch (IOException | RuntimeException e) {
            // a CALL whose head is readable is answered, so its sender is not left waiting for MessageTimeout
            return JsonText.callId(text == null ? "" : text).<DecodeResult>map(id -> new Malformed(Kind.CALL, id,
                    ErrorCode.FormationViolation, "message is not valid JSON or is past the station's size limits")).orElseGet(() -> unreadable("message is not valid JSON"));
        }
        if (!root.isArray() || root.size() == 0) {
            return unreadable("message is not a JSON array with a message type");
        }
        Integer type = integer(root.get(0));
        if (type == null) {
            return unreadable("message type is not an integer");
        }
        return switch (type) {
            case Frame.CALL -> decodeCall(root);
            case Frame.CALL_RESULT -> decodeResult(root);
            case Frame.CALL_ERROR -> decodeError(root);
            default -> new Ignored("unknown message type " + type); // OCPP-J 1.6 §4.1.3: ignore
        };
    }

    public String encode(Frame frame) {
        return JsonText.write(JsonNode.createArrayNode(frame.elements()));
    }

    private DecodeResult decodeCall(JsonNode root) {
        String id = messageId(root);
        if (id == null) {
            return new Malformed(Kind.CALL, null, ErrorCode.FormationViolation, "message id is missing, not a string or longer than 36 characters");
        }
        if (root.size() != 4) {
            return new Malformed(Kind.CALL, id, ErrorCode.FormationViolation, "a CALL has exactly 4 elements");
        }
        JsonNode action = root.get(2);
        if (!action.isString()) {
            return new Malformed(Kind.CALL, id, ErrorCode.FormationViolation, "action is not a string");
        }
        if (!root.get(3).isObject()) {
            return new Malformed(Kind.CALL, id, ErrorCode.FormationViolation, "payload is not a JSON object");
        }
        return new Valid(new Call(id, action.getStringValue(), root.get(3)));
    }

    private DecodeResult decodeResult(JsonNode root) {
        String id = messageId(root);
        if (id == null) {
            return new Malformed(Kind.CALL_RESULT, null, ErrorCode.FormationViolation, "message id is missing, not a string or too long");
        }
        if (root.size() != 3 || !root.get(2).isObject()) {
            return new Malformed(Kind.CALL_RESULT, id, ErrorCode.FormationViolation, "a CALLRESULT is [3, id, {payload}]");
        }
        return new Valid(new CallResult(id, root.get(2)));
    }

    /** Lenient on description and details (SteVe #45: peers send non-object details); strict on id and code. */
    private DecodeResult decodeError(JsonNode root) {
        String id = messageId(root);
        if (id == null) {
            return new Malformed(Kind.CALL_ERROR, null, ErrorCode.FormationViolation, "message id is missing, not a string or too long");
        }
        if (root.size() < 3 || root.size() > 5 || !root.get(2).isString()) {
            return new Malformed(Kind.CALL_ERROR, id, ErrorCode.FormationViolation, "a CALLERROR is [4, id, code, description, {details}]");
        }
        ErrorCode code = ErrorCode.fromWire(root.get(2).getStringValue()).orElse(ErrorCode.GenericError);
        String description = root.size() > 3 && root.get(3).isString() ? root.get(3).getStringValue() : "";
        JsonNode details = root.size() > 4 ? root.get(4) : null;
        return new Valid(new CallError(id, code, description, details));
    }

    private static Malformed unreadable(String reason) {
        return new Malformed(Kind.UNKNOWN, null, ErrorCode.FormationViolation, reason);
    }

    /** The frame's id if it is a string of 1..36 characters; anything else cannot be echoed safely. */
    private static String messageId(JsonNode root) {
        if (root.size() < 2 || !root.get(1).isString()) {
            return null;
        }
        String id = root.get(1).getStringValue();
        return id.isEmpty() || id.length() > Frame.MAX_MESSAGE_ID_LENGTH ? null : id;
    }

    private static Integer integer(JsonNode node) {
        if (!node.isNumber()) {
            return null;
        }
        Number n = node.getNumberValue();
        return n instanceof Integer i ? i : null;
    }
}
