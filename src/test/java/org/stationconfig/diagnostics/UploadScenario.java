package org.stationconfig.diagnostics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.csms.CentralSystemScript.Received;
import org.stationconfig.station.StationScenario;

/**
 * Base for the upload scenarios: the whole service and the scripted central system, plus real file servers on
 * loopback that a test starts with {@link #started}. Helpers read the status notifications the central system got.
 */
abstract class UploadScenario extends StationScenario {

    /** A logger of the test's own, whose lines land in the service's diagnostics log file like any other. */
    static final Logger MARKER = LoggerFactory.getLogger("diagnostics.test");

    private final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(super.extraProperties());
        properties.put("station.diagnostics.default-retry-interval", "1s");
        properties.put("station.file-transfer.connect", "3s");
        properties.put("station.file-transfer.idle", "10s");
        return properties;
    }

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
        servers.clear();
    }

    <T extends AutoCloseable> T started(T server) {
        servers.add(server);
        return server;
    }

    /** The statuses of the first {@code count} notifications of the action, in arrival order. */
    List<String> statuses(String chargePointId, String action, int count) {
        return csms.awaitCalls(chargePointId, action, count, WITHIN).stream().limit(count)
                .map(call -> call.payload().get("status").getStringValue()).toList();
    }

    /** Each LogStatusNotification as "status requestId" ("Idle -" without one). */
    List<String> logStatuses(String chargePointId, int count) {
        List<String> seen = new ArrayList<>();
        for (Received call : csms.awaitCalls(chargePointId, "LogStatusNotification", count, WITHIN)) {
            JsonNode id = call.payload().get("requestId");
            seen.add(call.payload().get("status").getStringValue() + " " + (id == null ? "-" : id.getIntValue()));
        }
        return seen.subList(0, count);
    }

    /** Waits until the file exists and is complete (its writer closed it: the last status says Uploaded). */
    static String awaitFile(Path file) {
        await().atMost(WITHIN).until(() -> Files.isRegularFile(file));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A point in time strictly between what was logged before it and what is logged after it. */
    static Instant boundary() {
        Instant boundary = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        await().atMost(WITHIN).until(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(boundary));
        return boundary;
    }

    static void assertOrder(List<String> expected, List<String> actual) {
        assertEquals(expected, actual, "the notifications, in order");
    }
}
