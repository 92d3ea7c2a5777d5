package org.stationconfig.ocpp.outbox;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/** Reads and patches the {@code transactionId} field of payloads, on micronaut-serde's JSON tree. */
@Singleton
class TransactionIdJson {

    private static final String TRANSACTION_ID = "transactionId";

    private final JsonMapper jsonMapper;

    TransactionIdJson(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /**
     * The payload as compact JSON, written back from its parsed tree so that trailing text or odd whitespace never
     * reaches a CALL frame. Fails on anything but a JSON object: OCPP-J payloads are objects.
     */
    String normalizedObject(String json) {
        JsonNode node;
        try {
            node = jsonMapper.readValue(json, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("payload is not JSON", e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("payload must be a JSON object");
        }
        try {
            return jsonMapper.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The integer {@code transactionId} of a StartTransaction answer, if it has one. */
    OptionalInt readTransactionId(String responseJson) {
        try {
            JsonNode node = jsonMapper.readValue(responseJson, JsonNode.class);
            JsonNode id = node == null || !node.isObject() ? null : node.get(TRANSACTION_ID);
            if (id == null || !id.isNumber()) {
                return OptionalInt.empty();
            }
            long value = id.getLongValue();
            return value == (int) value ? OptionalInt.of((int) value) : OptionalInt.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /** The payload with {@code transactionId} set to the server's id; the other fields keep their order. */
    String withTransactionId(String payloadJson, int serverTransactionId) {
        try {
            JsonNode payload = jsonMapper.readValue(payloadJson, JsonNode.class);
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            payload.entries().forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
            fields.put(TRANSACTION_ID, JsonNode.createNumberNode(serverTransactionId));
            return jsonMapper.writeValueAsString(JsonNode.createObjectNode(fields));
        } catch (IOException e) {
            // the payload was checked to be a JSON object when it was enqueued
            throw new UncheckedIOException(e);
        }
    }
}
