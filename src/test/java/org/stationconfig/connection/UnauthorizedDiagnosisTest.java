package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.status.ConnectionStatus;

/**
 * Issue 13, item 8 (SteVe): an access key typed as the same hex string on both sides gave HTTP 401 (the station sends
 * the bytes, the central system compares the text); the station rolled back to a key the central system no longer
 * accepted and stayed on 401 without saying so. The 401 hint names the likely mismatch and the setting that fixes
 * it, and a rollback that fails too says that both failed.
 */
@MicronautTest(transactional = false)
class UnauthorizedDiagnosisTest extends StationUnderTest {

    static final String OLD_KEY = "00112233445566778899AABBCCDDEEFF";
    static final String NEW_KEY = "A1A2A3A4A5A6A7A8A9AAABACADAEAFB0";

    @Test
    void aRefusedHexKeyNamesTheFormMismatchAndAFailingRollbackSaysBothFailed() {
        commission("CP-401", Map.of("securityProfile", 1, "accessKey", OLD_KEY, "accessKeyFormat", "auto"));
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
        csms.refuseUpgradeWith = 401; // from now on the central system accepts neither key
        change(Map.of("accessKey", NEW_KEY));
        ConnectionStatus onTrial = awaitStatus(s -> s.lastError() != null && "HTTP_401".equals(s.lastError().code())
                && s.trial() != null && s.trial().active());
        String hint = onTrial.lastError().hint();
        assertTrue(hint.contains("16 raw bytes") && hint.contains("authorizationKeyHexAsText")
                && hint.contains("accessKeyFormat text"), hint);
        assertTrue(!hint.contains(NEW_KEY) && !onTrial.lastError().message().contains(NEW_KEY), "never the key itself");

        ConnectionStatus both = awaitStatus(s -> s.trial() != null && s.trial().lastRollbackAt() != null
                && s.lastError() != null && s.lastError().message().startsWith("Both failed"));
        assertTrue(both.lastError().hint().contains("HTTP_401"), both.lastError().hint());
        assertNotNull(both.trial().fallbackError(), both.toString());
    }

    @Test
    void aHexLookingKeyStoredAsTextSuggestsHex() {
        csms.refuseUpgradeWith = 401;
        commission("CP-401-TEXT", Map.of("securityProfile", 1, "accessKey", NEW_KEY, "accessKeyFormat", "text"));
        ConnectionStatus refused = awaitStatus(s -> s.lastError() != null && "HTTP_401".equals(s.lastError().code()));
        assertTrue(refused.lastError().hint().contains("accessKeyFormat hex"), refused.lastError().hint());
    }
}
