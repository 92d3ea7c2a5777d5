package org.stationconfig.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code openapi/station-config.yml} as the phone team gets it, read and validated by swagger-parser. */
final class CommittedDocument {

    static final Path FILE = Path.of("openapi", "station-config.yml");

    /** One operation of the document. */
    record Entry(String method, String path, Operation operation) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private CommittedDocument() {
    }

    static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        options.setValidateExternalRefs(true);
        return new OpenAPIV3Parser().readLocation(FILE.toUri().toString(), null, options);
    }

    static OpenAPI read() {
        OpenAPI api = parse().getOpenAPI();
        if (api == null) {
            throw new IllegalStateException(FILE + " cannot be read");
        }
        return api;
    }

    static List<Entry> operations(OpenAPI api) {
        List<Entry> all = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((PathItem.HttpMethod method, Operation operation) ->
                all.add(new Entry(method.name(), path, operation))));
        return all;
    }
}
