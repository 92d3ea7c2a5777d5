package org.stationconfig.ocpp.rpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.micronaut.jackson.core.tree.JsonNodeTreeCodec;
import io.micronaut.json.JsonStreamConfig;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Text ↔ JSON tree for OCPP-J frames, on jackson-core's streaming parser and Micronaut's {@link JsonNode} tree.
 * Stricter than a general mapper: trailing content after the frame is refused, nesting is bounded
 * (so garbage cannot exhaust the stack), strings and numbers are bounded before they are built (jackson's
 * {@link StreamReadConstraints}), decimals are kept exact as {@link java.math.BigDecimal}.
 */
public final class JsonText {

    /** Deepest legal 1.6 payload is about 6 levels; 64 leaves room and stops hostile nesting early. */
    static final int MAX_NESTING_DEPTH = 64;

    /** A WebSocket frame is at most 64 KiB (Micronaut's default frame limit): no string in it can be longer. */
    static final int MAX_STRING_LENGTH = 65_536;

    /** Digits and exponent of one number; the longest legal 1.6 number has about 20 characters. */
    static final int MAX_NUMBER_LENGTH = 100;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH).maxNumberLength(MAX_NUMBER_LENGTH).build())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final JsonNodeTreeCodec CODEC = JsonNodeTreeCodec.getInstance()
            .withConfig(JsonStreamConfig.DEFAULT.withUseBigDecimalForFloats(true));

    private JsonText() {
    }

    /** Parses exactly one JSON value; anything else (empty input, syntax error, trailing text) throws. */
    public static JsonNode parse(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new IOException("empty input");
            }
            JsonNode node = CODEC.readTree(parser);
            if (parser.nextToken() != null) {
                throw new IOException("trailing content after the JSON value");
            }
            return node;
        }
    }

    /**
     * The message id of a frame that begins like a CALL ({@code [2, "<id>", ...}), read token by token so that a
     * frame failing later (broken JSON, a string past the limits) can still be answered; empty when the head itself
     * is unusable.
     */
    public static Optional<String> callId(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.VALUE_NUMBER_INT
                    || parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() != Frame.CALL
                    || parser.nextToken() != JsonToken.VALUE_STRING) {
                return Optional.empty();
            }
            String id = parser.getText();
            return id.isEmpty() || id.length() > Frame.MAX_MESSAGE_ID_LENGTH ? Optional.empty() : Optional.of(id);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static String write(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            CODEC.writeTree(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a StringWriter cannot fail", e);
        }
        return out.toString();
    }
}
