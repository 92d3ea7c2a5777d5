package org.stationconfig.ocpp.rpc;

import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Objects;

/** {@code [3, "<messageId>", {payload}]}. */
public record CallResult(String messageId, JsonNode payload) implements Frame {
    public CallResult {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public List<JsonNode> elements() {
        return List.of(JsonNode.createNumberNode(CALL_RESULT), JsonNode.createStringNode(messageId), payload);
    }
}
