package org.stationconfig.settings.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.micronaut.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stationconfig.api.ProblemException;
import org.stationconfig.i18n.Text;

/**
 * Reads a {@link SettingsPatch} body exactly: a decimal stays the BigDecimal it was written as, so {@code 1e-400}
 * reaches the setting's check as itself (and is refused), never as the double 0.0 a general mapper makes of it.
 * Strings, numbers, nesting and items are bounded while reading (jackson's {@link StreamReadConstraints}).
 */
final class PatchReader {

    /** No setting value is deeper than a list of strings; the patch itself adds two levels. */
    static final int MAX_NESTING_DEPTH = 8;
    /** No setting takes a longer text (the longest, a URL or a certificate reference, is far shorter). */
    static final int MAX_STRING_LENGTH = 4096;
    static final int MAX_NUMBER_LENGTH = 64;
    /** More values or list items than the registry has settings or a list setting has entries. */
    static final int MAX_ITEMS = 1000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH).maxNumberLength(MAX_NUMBER_LENGTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private PatchReader() {
    }

    static SettingsPatch read(String body) {
        try (JsonParser parser = FACTORY.createParser(body == null ? "" : body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw unreadable();
            }
            Map<String, Object> values = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("values".equals(name)) {
                    values = token == JsonToken.VALUE_NULL ? null : object(parser, token);
                } else {
                    parser.skipChildren(); // unknown fields are ignored, as everywhere in the API
                }
            }
            if (parser.nextToken() != null) {
                throw unreadable();
            }
            return new SettingsPatch(values);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw unreadable();
        }
    }

    private static Map<String, Object> object(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw unreadable();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            values.put(key, value(parser, parser.nextToken()));
            count(values.size());
        }
        return values;
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue(); // Integer, Long or BigInteger: exact
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue(); // exact; bounded by MAX_NUMBER_LENGTH
            case START_ARRAY -> list(parser);
            case START_OBJECT -> Collections.unmodifiableMap(object(parser, token));
            default -> throw unreadable();
        };
    }

    private static List<Object> list(JsonParser parser) throws IOException {
        List<Object> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(parser, token));
            count(items.size());
        }
        return items;
    }

    private static void count(int size) {
        if (size > MAX_ITEMS) {
            throw ProblemException.of(HttpStatus.UNPROCESSABLE_ENTITY, Text.of("problem.settings.tooMany.title"),
                    Text.of("problem.settings.tooMany.detail", MAX_ITEMS));
        }
    }

    private static ProblemException unreadable() {
        return ProblemException.of(HttpStatus.BAD_REQUEST, Text.of("problem.status.400.title"),
                Text.of("problem.status.400.detail"));
    }
}
