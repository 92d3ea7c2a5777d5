package org.stationconfig.apidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stationconfig.api.Problem;
import org.stationconfig.auth.DocumentedAccess;

/**
 * The lint of the published document: swagger-parser finds nothing wrong, and each operation keeps the promises a
 * generated client relies on (a stable name, who may call it, every error answer as a problem document).
 */
class ApiDocumentRulesTest {

    @Test
    void theDocumentIsValidOpenApi() {
        SwaggerParseResult result = CommittedDocument.parse();
        assertTrue(result.getMessages().isEmpty(), "swagger-parser: " + result.getMessages());
    }

    @Test
    void everyOperationHasAStableNameAndASummary() {
        List<String> failures = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CommittedDocument.Entry entry : CommittedDocument.operations(CommittedDocument.read())) {
            String id = entry.operation().getOperationId();
            if (id == null || id.matches(".*_\\d+")) {
                failures.add(entry + ": operationId " + id + " (name it in @Operation(operationId = ...))");
            } else if (!names.add(id)) {
                failures.add(entry + ": operationId " + id + " used twice");
            }
            if (entry.operation().getSummary() == null || entry.operation().getSummary().isBlank()) {
                failures.add(entry + ": no summary");
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyOperationListsTheErrorAnswersItsAccessAndInputCanGive() {
        List<String> failures = new ArrayList<>();
        for (CommittedDocument.Entry entry : CommittedDocument.operations(CommittedDocument.read())) {
            Optional<DocumentedAccess.Access> access = DocumentedAccess.of(entry.method(), entry.path());
            if (access.isEmpty()) {
                failures.add(entry + ": no row in AccessTable");
                continue;
            }
            Set<String> listed = entry.operation().getResponses().keySet();
            List<String> expected = new ArrayList<>();
            if (!access.get().anonymous()) {
                expected.add("401");
                if (entry.operation().getSecurity() == null || entry.operation().getSecurity().isEmpty()) {
                    failures.add(entry + ": needs a token but names no security scheme");
                }
            } else if (entry.operation().getSecurity() == null || !entry.operation().getSecurity().isEmpty()) {
                failures.add(entry + ": anonymous but asks for a token (security: [] expected)");
            }
            if (access.get().restricted()) {
                expected.add("403");
            }
            if (entry.operation().getRequestBody() != null) {
                expected.addAll(List.of("400", "413", "415", "422"));
            }
            expected.stream().filter(status -> !listed.contains(status))
                    .forEach(status -> failures.add(entry + ": does not list " + status));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyErrorAnswerIsAProblemDocument() {
        OpenAPI api = CommittedDocument.read();
        List<String> failures = new ArrayList<>();
        for (CommittedDocument.Entry entry : CommittedDocument.operations(api)) {
            entry.operation().getResponses().forEach((status, response) -> {
                if (status.compareTo("400") >= 0 && !isProblem(response)) {
                    failures.add(entry + " " + status + ": not " + Problem.MEDIA_TYPE + " with the Problem schema");
                }
            });
        }
        assertEquals(List.of(), failures);
    }

    private static boolean isProblem(ApiResponse response) {
        if (response.getContent() == null || response.getContent().size() != 1) {
            return false;
        }
        MediaType problem = response.getContent().get(Problem.MEDIA_TYPE);
        return problem != null && problem.getSchema() != null
                && "#/components/schemas/Problem".equals(problem.getSchema().get$ref());
    }
}
