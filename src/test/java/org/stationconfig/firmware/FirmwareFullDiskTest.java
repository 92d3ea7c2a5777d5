package org.stationconfig.firmware;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.data.SmallDisk;
import org.stationconfig.filetransfer.HttpTestServer;
import org.stationconfig.settings.SettingsStore;

/**
 * Issue 13.11 end to end: a full disk is a state. Below the reserve kept for the database the station raises
 * MemoryExhaustion, starts no download (DownloadFailed without asking the server) and still commits; an image larger
 * than maxDownloadSize is cut off while streaming and never installed.
 */
@MicronautTest(transactional = false)
class FirmwareFullDiskTest extends FirmwareScenario {

    private static final long MB = 1024 * 1024;

    @Inject
    SmallDisk disk;
    @Inject
    AuditLog auditLog;
    @Inject
    SettingsStore settings;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(super.extraProperties());
        properties.put("test.small-disk", "true");
        properties.put("station.storage.reserve-bytes", String.valueOf(8 * MB));
        return properties;
    }

    @AfterEach
    void plentyOfSpaceAgain() {
        disk.free(Long.MAX_VALUE / 2);
    }

    @Test
    void anImageLargerThanMaxDownloadSizeIsStoppedWhileStreamingAndIsDownloadFailed() {
        commission("CP-DISK-1", Map.of());
        set(Map.of("maxDownloadSize", 1));
        byte[] image = serveOverHttp("big/station-3.0.0.bin", "x".repeat((int) (2 * MB)));

        assertEquals("Accepted", signedUpdate("CP-DISK-1", 81, http.url("big/station-3.0.0.bin"), Instant.now(), null,
                manufacturer.signing().pem(), manufacturer.sign(image)));

        assertEquals(List.of("Downloading", "DownloadFailed"), awaitSignedStatus("CP-DISK-1", "DownloadFailed"));
        assertEquals(List.of(FIRST_VERSION), bootedVersions("CP-DISK-1"), "nothing installed");
        assertEquals(FIRST_VERSION, stationFirmwareVersion());
    }

    @Test
    void belowTheReserveTheStationRaisesMemoryExhaustionRefusesDownloadsAndStillCommits() {
        commission("CP-DISK-2", Map.of());
        byte[] image = serveOverHttp("small/station-3.1.0.bin", "firmware 3.1.0");
        disk.free(5 * MB);

        assertEquals("Accepted", signedUpdate("CP-DISK-2", 82, http.url("small/station-3.1.0.bin"), Instant.now(), null,
                manufacturer.signing().pem(), manufacturer.sign(image)));

        assertEquals(List.of("Downloading", "DownloadFailed"), awaitSignedStatus("CP-DISK-2", "DownloadFailed"));
        assertEquals(List.of(), http.requests().stream().filter(r -> r.path().contains("3.1.0")).toList(),
                "no download was started");
        await().atMost(WITHIN).until(() -> securityEvents("CP-DISK-2").contains("MemoryExhaustion"));
        assertEquals(1, securityEvents("CP-DISK-2").stream().filter("MemoryExhaustion"::equals).count(),
                "raised once for the episode, not for every refused attempt");
        assertTrue(auditLog.page(Category.SECURITY, 0, 20).getContent().stream()
                .anyMatch(entry -> entry.event().equals("MemoryExhaustion")
                        && entry.message().contains("downloads refused")), "in the security log");

        set(Map.of("heartbeatInterval", 123));
        assertEquals(123, settings.current().intValue("heartbeatInterval"), "the database still commits");

        disk.free(Long.MAX_VALUE / 2);
        assertEquals("Accepted", signedUpdate("CP-DISK-2", 83, http.url("small/station-3.1.0.bin"), Instant.now(), null,
                manufacturer.signing().pem(), manufacturer.sign(image)));
        awaitSignedStatus("CP-DISK-2", "Installed");
    }
}
