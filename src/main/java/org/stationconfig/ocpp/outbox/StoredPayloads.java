package org.stationconfig.ocpp.outbox;

import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stationconfig.ocpp.rpc.Action;
import org.stationconfig.ocpp.rpc.InvalidPayloadException;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.rpc.PayloadReader;
import org.stationconfig.ocpp.rpc.PayloadWriter;
import org.stationconfig.ocpp.v16.ActionTable;

/**
 * A message's payload from the record the station built to the stored text, and back to the tree a CALL is made
 * of. Serialized and checked against its action's constraints once, when queued; a hand-out parses the stored text
 * once and sends that tree as it is (the RPC layer does not check it again). One JSON stack: the RPC layer's.
 */
final class StoredPayloads {

    private static final String TRANSACTION_ID = "transactionId";

    private final PayloadWriter writer = new PayloadWriter();
    private final PayloadReader reader = new PayloadReader();

    /** The action a request belongs to, if it is one the outbox carries. */
    static QueuedAction actionOf(OcppRequest<?> request) {
        return ActionTable.v16().byRequestType(request.getClass()).map(Action::name)
                .flatMap(QueuedAction::fromOcppName)
                .orElseThrow(() -> new IllegalArgumentException(request.getClass().getName()
                        + " does not go through the outbox"));
    }

    /**
     * The request as compact JSON text, after checking it against the constraints its CALL will be held to.
     *
     * @throws IllegalArgumentException naming the first field that breaks a constraint (nothing is stored)
     */
    String serialize(OcppRequest<?> request) {
        JsonNode tree = writer.write(request);
        try {
            reader.read(tree, request.getClass()); // the check the RPC layer would make at every send
        } catch (InvalidPayloadException e) {
            throw new IllegalArgumentException("not a valid " + request.getClass().getName() + ": " + e.getMessage(), e);
        }
        return JsonText.write(tree);
    }

    /** A stored payload as the CALL's tree. */
    static JsonNode tree(String stored) {
        try {
            return JsonText.parse(stored);
        } catch (IOException e) {
            // only serialize() writes the column
            throw new IllegalStateException("a stored payload is not JSON", e);
        }
    }

    /** The payload with {@code transactionId} set to the server's id; the other fields keep their order. */
    static JsonNode withTransactionId(JsonNode payload, int serverTransactionId) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        payload.entries().forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
        fields.put(TRANSACTION_ID, JsonNode.createNumberNode(serverTransactionId));
        return JsonNode.createObjectNode(fields);
    }
}
