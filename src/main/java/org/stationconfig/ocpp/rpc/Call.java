package org.stationconfig.ocpp.rpc;

import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Objects;

/** {@code [2, "<messageId>", "<action>", {payload}]}. */
public record Call(String messageId, String action, JsonNode payload) implements Frame {
    public Call {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public List<JsonNode> elements() {
        return List.of(JsonNode.createNumberNode(CALL), JsonNode.createStringNode(messageId),
                JsonNode.createStringNode(action), payload);
    }
}
