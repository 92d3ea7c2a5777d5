package org.stationconfig.apidoc;

import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.stationconfig.settings.SettingsRegistry;

/**
 * Completes the document micronaut-openapi writes from the controllers' annotations, in the build
 * ({@code process-test-classes}, see pom.xml), with what annotations cannot know: the settings of the PATCH body
 * from the {@link SettingsRegistry}, the error answers every operation shares, and the live-events WebSocket. Running
 * it twice gives the same document. Argument: the generated document, rewritten in place.
 */
public final class ApiDocumentBuild {

    private ApiDocumentBuild() {
    }

    public static void main(String[] args) throws IOException {
        Path document = Path.of(args[0]);
        OpenAPI api = Yaml.mapper().readValue(Files.readString(document), OpenAPI.class);
        complete(api);
        Files.writeString(document, Yaml.pretty().writeValueAsString(api));
    }

    static void complete(OpenAPI api) {
        SettingsRegistry registry = new SettingsRegistry(StationDefaults.properties());
        Schema<?> patch = api.getComponents().getSchemas().get("SettingsPatch");
        patch.getProperties().put("values", SettingSchemas.values(registry.all(), api.getComponents().getSchemas()));
        api.getComponents().setSchemas(new TreeMap<>(api.getComponents().getSchemas()));
        EventsOperation.add(api);
        Paths sorted = new Paths();
        new TreeMap<>(api.getPaths()).forEach(sorted::addPathItem);
        api.setPaths(sorted);
        ErrorResponses.apply(api);
    }
}
