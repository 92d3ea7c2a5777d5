package org.stationconfig.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Locations the station can download from, what its logs show of them, and the simulator's version rule. */
class FirmwareLocationsTest {

    private static final Set<String> PROTOCOLS = Set.of("FTP", "FTPS", "HTTP", "HTTPS");

    @Test
    void aLocationNeedsASupportedSchemeAndAHost() {
        assertNull(Locations.problem("https://fw.example.com/a.bin", PROTOCOLS));
        assertNull(Locations.problem("FTP://user:pw@fw.example.com/a.bin", PROTOCOLS), "schemes are case-insensitive");
        assertTrue(Locations.problem("sftp://fw.example.com/a.bin", PROTOCOLS).contains("FTP,FTPS,HTTP,HTTPS"));
        assertTrue(Locations.problem("/firmware/a.bin", PROTOCOLS).contains("scheme and a host"));
        assertTrue(Locations.problem("https://bad host/a.bin", PROTOCOLS).contains("not a URI"));
    }

    @Test
    void userInfoNeverReachesALog() {
        assertEquals("ftp://***@fw.example.com:2121/fw/a.bin", Locations.forLog("ftp://me:secret@fw.example.com:2121/fw/a.bin"));
        // issue 11 hole 8: a signed URL's token was logged
        assertEquals("https://fw.example.com/a.bin?***", Locations.forLog("https://fw.example.com/a.bin?X-Amz-Signature=abc"));
    }

    @Test
    void theFileNameIsTheLastPathSegment() {
        assertEquals("station-2.1.0.bin", Locations.fileName("https://fw.example.com/station/station-2.1.0.bin"));
        assertEquals("2.1", Locations.fileName("ftp://fw.example.com/releases/2.1/"));
        assertEquals("", Locations.fileName("https://fw.example.com"));
    }

    @Test
    void theSimulatorReadsTheVersionFromTheFileName() {
        assertEquals(Optional.of("2.4.0"), FirmwareVersions.fromFileName("station-2.4.0.bin"));
        assertEquals(Optional.of("3.1-rc2"), FirmwareVersions.fromFileName("fw_v3.1-rc2.img"));
        assertEquals(Optional.of("nightly"), FirmwareVersions.fromFileName("nightly.bin"), "no number: the name");
        assertEquals(Optional.empty(), FirmwareVersions.fromFileName(""));
        assertEquals(50, FirmwareVersions.fromFileName("x".repeat(80) + ".bin").orElseThrow().length(),
                "firmwareVersion is at most 50 characters");
    }

    @Test
    void logsShowALocationInTheOneFormEveryLogLineUses() {
        for (String text : new String[] {"ftp://u:p@h:2121/a/b?x=1", "https://s3.example/b/c.bin?sig=t0k3n#f", "not a uri"}) {
            assertEquals(org.stationconfig.ocpp.rpc.LogText.location(text), Locations.forLog(text));
        }
        assertEquals("https://h/a\\u000a?***", Locations.forLog("https://h/a\n?sig=1"), "kept on one line");
    }
}
