package org.stationconfig.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stationconfig.api.Problem;
import org.stationconfig.auth.DocumentedAccess;

/**
 * The error answers every operation gives for the same causes, added to what its own {@code @ApiResponse}
 * annotations say: 401 and 403 from the access table, 400/413/415/422 for a body, 400 for a typed parameter, 404 for
 * a path id. Every answer from 400 on is an RFC 9457 problem document.
 */
final class ErrorResponses {

    /** The status codes the framework itself answers for these causes, with the words for the app developer. */
    static final Map<String, String> TEXTS = Map.of(
            "400", "The body or a parameter could not be read: malformed JSON, or a value of the wrong type",
            "401", "Not logged in: no bearer token, or it expired or was revoked",
            "403", "Your role (or temporary installer access) may not do this",
            "404", "No such resource",
            "413", "The body is larger than the station takes (1 MB)",
            "415", "The body is not of the documented media type",
            "422", "The values are not acceptable; the detail (and errors[], per field) says why");

    private ErrorResponses() {
    }

    static void apply(OpenAPI api) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            DocumentedAccess.Access access = DocumentedAccess.of(method.name(), path).orElseThrow(() ->
                    new IllegalStateException(method + " " + path + " is in the API document but has no row in AccessTable"));
            apply(operation, access);
        }));
    }

    private static void apply(Operation operation, DocumentedAccess.Access access) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean typedParameter = parameters.stream().anyMatch(p -> p.getSchema() != null
                && !"string".equals(p.getSchema().getType()));
        boolean pathParameter = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        ApiResponses responses = operation.getResponses();
        if (access.anonymous()) {
            operation.setSecurity(List.of());
        } else {
            operation.setSecurity(List.of(new SecurityRequirement().addList("bearer")));
            add(responses, "401");
        }
        if (access.restricted()) {
            add(responses, "403");
        }
        if (body || typedParameter) {
            add(responses, "400");
        }
        if (body) {
            add(responses, "413");
            add(responses, "415");
            add(responses, "422");
        }
        if (pathParameter) {
            add(responses, "404");
        }
        responses.forEach((status, response) -> {
            if (status.compareTo("400") >= 0 && response.get$ref() == null) {
                response.setContent(problem());
            }
        });
        TreeMap<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        responses.putAll(sorted);
    }

    private static void add(ApiResponses responses, String status) {
        responses.putIfAbsent(status, new ApiResponse().description(TEXTS.get(status)));
    }

    private static Content problem() {
        return new Content().addMediaType(Problem.MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
    }
}
