package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.rules.AccessKeys;

/**
 * Every setting the catalog declares a connection setting is tried and kept as last-known-good, also those the
 * memory had no column for (accessKeyFormat), on a virtual clock (SPEC §3).
 */
@MicronautTest(transactional = false)
class ConnectionSettingsTrialTest extends VirtualLifecycle {

    private static final String HEX_KEY = "00112233445566778899aabbccddeeff";

    @Test
    void changingOnlyTheAccessKeyFormatReconnects() {
        commission("CP-FORMAT", Map.of());
        assertEquals(Registration.ACCEPTED, status().registration());
        int dials = csms.dials.size();

        change(Map.of("accessKeyFormat", "text"));

        assertEquals(dials + 1, csms.dials.size(), "accessKeyFormat is declared to apply by reconnecting");
        assertEquals(ConnectionState.CONNECTED, status().state());
        assertFalse(status().trial().active(), "the new format worked: it is the one to return to");
    }

    @Test
    void aRollbackRestoresTheAccessKeyFormatTogetherWithTheKey() {
        commission("CP-KEY", Map.of("securityProfile", 1, "accessKey", HEX_KEY, "accessKeyFormat", "auto"));
        assertEquals(Registration.ACCEPTED, status().registration());
        csms.refuseDials = FakeCentralSystem.refused();

        change(Map.of("accessKey", "a text password", "accessKeyFormat", "text"));
        assertTrue(status().trial().active());
        advanceSeconds(10);

        assertFalse(status().trial().active());
        assertTrue(status().trial().lastRollbackReason().contains("accessKeyFormat"), status().trial().toString());
        assertEquals("auto", settings.current().get(Setting.ACCESS_KEY_FORMAT), "the format the good key was read with");
        assertEquals("hex", AccessKeys.format(settings.current().get(Setting.ACCESS_KEY)));
    }
}
