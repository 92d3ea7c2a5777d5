package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.json.JsonMapper;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TransactionIdJsonTest {

    private final TransactionIdJson json = new TransactionIdJson(JsonMapper.createDefault());

    @Test
    void theTransactionIdOfAStartTransactionAnswerIsReadOnlyWhenItIsAnInteger() {
        assertEquals(OptionalInt.of(17), json.readTransactionId("{\"transactionId\":17,\"idTagInfo\":{}}"));
        assertEquals(OptionalInt.empty(), json.readTransactionId("{\"transactionId\":\"17\"}"));
        assertEquals(OptionalInt.empty(), json.readTransactionId("{\"transactionId\":4294967296}"));
        assertEquals(OptionalInt.empty(), json.readTransactionId("{\"idTagInfo\":{}}"));
        assertEquals(OptionalInt.empty(), json.readTransactionId("not json"));
    }

    @Test
    void patchingSetsOrAddsTheTransactionIdAndKeepsEverythingElse() {
        assertEquals("{\"transactionId\":8,\"meterStop\":5,\"reason\":\"Local\"}",
                json.withTransactionId("{\"transactionId\":0,\"meterStop\":5,\"reason\":\"Local\"}", 8));
        assertEquals("{\"connectorId\":2,\"meterValue\":[{\"sampledValue\":[{\"value\":\"1.5\"}]}],\"transactionId\":8}",
                json.withTransactionId("{\"connectorId\":2,\"meterValue\":[{\"sampledValue\":[{\"value\":\"1.5\"}]}]}", 8));
    }

    @Test
    void payloadsAreStoredAsCompactJsonObjectsOnly() {
        assertEquals("{\"connectorId\":1,\"meterValue\":[]}", json.normalizedObject(" {\"connectorId\": 1,\n \"meterValue\": [ ]} "));
        assertEquals("{\"a\":1}", json.normalizedObject("{\"a\":1} trailing"), "nothing after the object reaches a frame");
        assertThrows(IllegalArgumentException.class, () -> json.normalizedObject("null"));
        assertThrows(IllegalArgumentException.class, () -> json.normalizedObject("\"text\""));
        assertThrows(IllegalArgumentException.class, () -> json.normalizedObject("[{}]"));
    }
}
