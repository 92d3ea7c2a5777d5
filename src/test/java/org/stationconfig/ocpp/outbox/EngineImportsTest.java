package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The outbox engine is protocol machinery (issue 12 item 1): of the project's own packages it may import only the
 * RPC layer and the OCPP 1.6 records. What it needs from the station goes through its ports.
 */
class EngineImportsTest {

    private static final Path ENGINE = Path.of("src/main/java/org/stationconfig/ocpp/outbox");
    private static final Pattern PROJECT_IMPORT = Pattern.compile("^import (static )?org\\.stationconfig\\.([\\w.]+);");
    private static final Pattern ALLOWED = Pattern.compile("ocpp\\.(rpc|v16|outbox)\\..*");

    @Test
    void theOutboxEngineImportsNoFeaturePackage() throws IOException {
        List<String> violations;
        try (Stream<Path> files = Files.list(ENGINE)) {
            violations = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> lines(file).stream()
                            .map(PROJECT_IMPORT::matcher)
                            .filter(found -> found.find() && !ALLOWED.matcher(found.group(2)).matches())
                            .map(found -> file.getFileName() + ": " + found.group(2)))
                    .sorted().toList();
        }
        assertEquals(List.of(), violations);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
