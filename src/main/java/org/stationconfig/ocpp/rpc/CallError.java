package org.stationconfig.ocpp.rpc;

import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code [4, "<messageId>", "<errorCode>", "<errorDescription>", {errorDetails}]}.
 * OCPP-J §4.2.3: the description is "" when there is nothing to say and the details are always an object.
 */
public record CallError(String messageId, ErrorCode errorCode, String errorDescription, JsonNode errorDetails)
        implements Frame {

    /** The id to answer with when the id of a malformed CALL cannot be read (2.0.1 practice, OCPP-J 2.0.1 §4.2.3). */
    public static final String UNKNOWN_ID = "-1";

    public CallError {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(errorCode, "errorCode");
        errorDescription = errorDescription == null ? "" : errorDescription;
        errorDetails = errorDetails == null || !errorDetails.isObject() ? emptyDetails() : errorDetails;
    }

    public CallError(String messageId, ErrorCode errorCode, String errorDescription) {
        this(messageId, errorCode, errorDescription, emptyDetails());
    }

    static JsonNode emptyDetails() {
        return JsonNode.createObjectNode(Map.of());
    }

    @Override
    public List<JsonNode> elements() {
        return List.of(JsonNode.createNumberNode(CALL_ERROR), JsonNode.createStringNode(messageId),
                JsonNode.createStringNode(errorCode.name()), JsonNode.createStringNode(errorDescription), errorDetails);
    }
}
