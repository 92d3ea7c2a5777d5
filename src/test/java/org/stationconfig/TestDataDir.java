package org.stationconfig;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Base for tests that start the whole service: each test class gets its own fresh data directory, so its SQLite
 * file, credentials and keys are real and isolated. Subclasses add properties through {@link #extraProperties()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TestDataDir implements TestPropertyProvider {

    private Path dataDir;

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("station.data-dir", dataDir().toString());
        properties.putAll(extraProperties());
        return properties;
    }

    protected Path dataDir() {
        if (dataDir == null) {
            try {
                dataDir = Files.createTempDirectory("station-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataDir;
    }
}
