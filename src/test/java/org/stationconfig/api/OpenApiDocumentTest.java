package org.stationconfig.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The phone app is generated from openapi/station-config.yml; it must be what the build generates (the controllers'
 * annotations, completed by org.stationconfig.apidoc.ApiDocumentBuild from the settings registry and access table).
 */
class OpenApiDocumentTest {

    @Test
    void theCommittedApiDocumentMatchesTheGeneratedOne() throws IOException {
        String generated;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/swagger/station-config.yml")) {
            assertNotNull(in, "the build did not generate the OpenAPI document");
            generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String committed = Files.readString(Path.of("openapi/station-config.yml"));
        assertEquals(generated, committed, "openapi/station-config.yml is out of date: run `mvn -B -q process-test-classes && "
                + "cp target/classes/META-INF/swagger/station-config.yml openapi/` and commit it");
    }
}
