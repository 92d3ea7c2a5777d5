package org.stationconfig.ocpp.v16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.stationconfig.ocpp.rpc.JsonTrees.assertSameJson;
import static org.stationconfig.ocpp.rpc.JsonTrees.parse;

import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.ocpp.rpc.PayloadReader;
import org.stationconfig.ocpp.rpc.PayloadWriter;

/**
 * For every action: an example request and response, written and compared to hand-written golden JSON
 * (src/test/resources/ocpp/v16/golden/&lt;Action&gt;.json, field order irrelevant), and read back from it.
 */
class GoldenMessagesTest {

    private static final Map<String, Example> EXAMPLES = new HashMap<>();

    static {
        CoreExamples.addTo(EXAMPLES);
        ProfileExamples.addTo(EXAMPLES);
        SecurityExamples.addTo(EXAMPLES);
    }

    private final PayloadWriter writer = new PayloadWriter();
    private final PayloadReader reader = new PayloadReader();

    @Test
    void everyActionInTheTableHasAGoldenExample() {
        // so a message added to the table cannot go untested
        Set<String> inTable = ActionTable.v16().all().stream().map(ActionDefinition::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inTable, new TreeSet<>(EXAMPLES.keySet()));
        inTable.forEach(name -> assertNotNull(golden(name), "golden file for " + name));
    }

    @TestFactory
    Stream<DynamicTest> requestsMatchTheirGoldenJson() {
        return ActionTable.v16().all().stream().map(action -> DynamicTest.dynamicTest(action.name() + " request", () ->
                roundTrip(action.requestType(), EXAMPLES.get(action.name()).request(), golden(action.name()).get("request"))));
    }

    @TestFactory
    Stream<DynamicTest> responsesMatchTheirGoldenJson() {
        return ActionTable.v16().all().stream().map(action -> DynamicTest.dynamicTest(action.name() + " response", () ->
                roundTrip(action.responseType(), EXAMPLES.get(action.name()).response(), golden(action.name()).get("response"))));
    }

    private void roundTrip(Class<?> type, Object example, JsonNode golden) {
        assertInstanceOf(type, example);
        JsonNode written = writer.write(example);
        assertSameJson(golden, written);
        String text = JsonText.write(written);
        assertFalse(text.contains("null"), "absent fields are omitted, never null: " + text);
        assertFalse(text.contains("[GMT]") || text.contains("+00:00"), "timestamps end in Z: " + text);
        assertEquals(example, reader.read(golden, type));
    }

    private static JsonNode golden(String action) {
        try (InputStream in = GoldenMessagesTest.class.getResourceAsStream("/ocpp/v16/golden/" + action + ".json")) {
            return in == null ? null : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
