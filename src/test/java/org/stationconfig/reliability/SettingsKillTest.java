package org.stationconfig.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;

/**
 * Proof suite 1 of RELIABILITY.md: the station process is killed with SIGKILL while the app writes settings as fast
 * as it can; after each restart every write the API acknowledged (HTTP 200) is there, a PATCH of three keys is
 * there whole or not at all, and the database passes {@code PRAGMA integrity_check}. Each PATCH sets three keys to
 * the same new, ever larger number, so the value read after the restart tells which writes survived.
 */
class SettingsKillTest {

    private static final List<String> KEYS = List.of("heartbeatInterval", "meterValueSampleInterval",
            "clockAlignedDataInterval");

    @Test
    void noAcknowledgedSettingsWriteIsLostToAKillDashNine() throws Exception {
        int planned = ProofForm.count("settingsRounds", 1, 200);
        java.time.Instant deadline = ProofForm.deadline();
        int rounds = 0;
        Figures figures = new Figures("Settings writes under kill -9");
        Path dataDir = Files.createTempDirectory("station-kill-");
        AtomicInteger next = new AtomicInteger(10);
        int acknowledged = 0;
        int unanswered = 0;
        int lost = 0;
        int torn = 0;
        int integrityFailures = 0;
        List<String> failures = new ArrayList<>();
        try (StationProcess station = new StationProcess(dataDir, Map.of())) {
            station.start();
            for (int round = 1; round <= planned && java.time.Instant.now().isBefore(deadline); round++) {
                rounds = round;
                String token = station.token("installer", StationProcess.INSTALLER_PASSWORD);
                Writes writes = new Writes(station.api(), token, next);
                CompletableFuture<Void> writer = CompletableFuture.runAsync(writes::run);
                // a random moment: after 1 to 40 acknowledged writes, while the next one is on its way
                int killAfter = ThreadLocalRandom.current().nextInt(1, 41);
                await().atMost(Duration.ofSeconds(60)).until(() -> writes.acknowledged >= killAfter || writer.isDone());
                station.kill();
                writes.stop();
                writer.get(30, TimeUnit.SECONDS);

                acknowledged += writes.acknowledged;
                unanswered += writes.sent - writes.acknowledged;
                String integrity = integrityCheck(station.database());
                if (!integrity.equals("ok")) {
                    integrityFailures++;
                    failures.add("round " + round + ": integrity_check " + integrity);
                }
                station.start();
                Map<String, Integer> values = values(station, station.token("installer", StationProcess.INSTALLER_PASSWORD));
                int value = values.get(KEYS.get(0));
                if (values.values().stream().distinct().count() != 1) {
                    torn++;
                    failures.add("round " + round + ": a PATCH applied in part " + values);
                }
                // the in-flight write may or may not have committed; anything older than the last 200 must not be lost
                if (writes.lastAcknowledged > 0 && value < writes.lastAcknowledged || value > writes.lastSent) {
                    lost++;
                    failures.add("round " + round + ": read " + value + ", last acknowledged " + writes.lastAcknowledged
                            + ", last sent " + writes.lastSent);
                }
                figures(figures, planned, rounds, acknowledged, unanswered, lost, torn, integrityFailures).save();
            }
        }
        figures(figures, planned, rounds, acknowledged, unanswered, lost, torn, integrityFailures).write();
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(acknowledged >= 1, "the writer got writes through: " + acknowledged);
        assertEquals(0, lost);
    }

    private static Figures figures(Figures figures, int planned, int rounds, int acknowledged, int unanswered, int lost,
                                   int torn, int integrityFailures) {
        return figures.put("rounds (kill -9, integrity_check, restart), completed of planned", rounds + " of " + planned)
                .put("acknowledged writes (HTTP 200, 3 keys each)", acknowledged)
                .put("writes without an answer (in flight at the kill)", unanswered)
                .put("acknowledged writes lost", lost)
                .put("PATCHes applied in part", torn)
                .put("integrity_check not ok", integrityFailures);
    }

    private static Map<String, Integer> values(StationProcess station, String token) {
        Api.Reply reply = station.get("/api/v1/settings", token);
        assertEquals(200, reply.status(), reply.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> settings = (List<Map<String, Object>>) reply.json().get("settings");
        Map<String, Integer> values = new java.util.HashMap<>();
        for (Map<String, Object> setting : settings) {
            if (KEYS.contains(setting.get("key"))) {
                values.put((String) setting.get("key"), ((Number) setting.get("value")).intValue());
            }
        }
        return values;
    }

    /** Run on the file exactly as the kill left it (the next start would do the same WAL recovery). */
    static String integrityCheck(Path database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            StringBuilder text = new StringBuilder();
            while (result.next()) {
                text.append(text.length() == 0 ? "" : "; ").append(result.getString(1));
            }
            return text.toString();
        }
    }

    /** The app's writer: PATCH after PATCH until the process dies; remembers what was sent and acknowledged. */
    private static final class Writes {
        private final Api api;
        private final String token;
        private final AtomicInteger next;
        private final AtomicBoolean running = new AtomicBoolean(true);
        volatile int sent;
        volatile int acknowledged;
        volatile int lastSent;
        volatile int lastAcknowledged;

        Writes(Api api, String token, AtomicInteger next) {
            this.api = api;
            this.token = token;
            this.next = next;
        }

        void run() {
            while (running.get()) {
                int value = next.getAndIncrement();
                lastSent = value;
                sent++;
                Map<String, Object> patch = Map.of("values", Map.of(KEYS.get(0), value, KEYS.get(1), value,
                        KEYS.get(2), value));
                try {
                    Api.Reply reply = api.call(HttpRequest.PATCH("/api/v1/settings", patch), token);
                    if (reply.status() != 200) {
                        throw new AssertionError("PATCH answered " + reply.status() + ": " + reply.body());
                    }
                    acknowledged++;
                    lastAcknowledged = value;
                } catch (RuntimeException connectionLost) {
                    return; // the process died under this write: it is in flight, not acknowledged
                }
            }
        }

        void stop() {
            running.set(false);
        }
    }
}
