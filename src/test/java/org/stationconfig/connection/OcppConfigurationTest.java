package org.stationconfig.connection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The central system reads and changes the same registry the app does (S16 §5.3, §5.8; whitepaper §7). */
@MicronautTest(transactional = false)
class OcppConfigurationTest extends StationUnderTest {

    static final String ID = "CP-CFG";

    @BeforeEach
    void online() {
        commission(ID, Map.of("securityProfile", 1, "accessKey", "00112233445566778899AABBCCDDEEFF"));
        // this test's connection: the status alone may still be the last test's
        awaitStatus(s -> csms.connected(ID) && s.registration() == Registration.ACCEPTED
                && s.state().name().equals("CONNECTED"));
    }

    private String call(String action, String payload) throws Exception {
        return csms.call(ID, action, payload).get(10, TimeUnit.SECONDS);
    }

    private String change(String key, String value) throws Exception {
        return call("ChangeConfiguration", "{\"key\":\"" + key + "\",\"value\":\"" + value + "\"}");
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource({
            "MeterValueSampleInterval, 30, Accepted",
            "metervaluesampleinterval, 45, Accepted",       // keys are CiStrings
            "MeterValueSampleInterval, -1, Rejected",
            "MeterValueSampleInterval, soon, Rejected",
            "WebSocketPingInterval, -5, Rejected",
            "ChargePointId, OTHER, Rejected",                // read-only over OCPP
            "NumberOfConnectors, 9, Rejected",
            "SecurityProfile, 0, Rejected",                  // A05.FR.01: only raised
            "SecurityProfile, 2, Rejected",                  // A05.FR.03: no root certificate
            "AuthorizationKey, not-hex, Rejected",
            "StopTransactionOnInvalidId, 0, Accepted",
            "MeterValuesSampledData, 'Energy.Active.Import.Register,Voltage', Accepted",
            "MeterValuesSampledData, RPM, Rejected",
            "NoSuchKey, 1, NotSupported",
    })
    void everyAnswerOfChangeConfiguration(String key, String value, String status) throws Exception {
        String answer = change(key, value);
        assertTrue(answer.contains("\"status\":\"" + status + "\""), answer);
    }

    @Test
    void aChangeFromTheCentralSystemIsWhatTheAppSeesAndAuditsAsCsms() throws Exception {
        change("HeartbeatInterval", "77");
        assertEquals(77, settings.current().intValue("heartbeatInterval"));
        assertEquals("csms", settings.current().row("heartbeatInterval").principal());
        change(Map.of("heartbeatInterval", 88));
        String read = call("GetConfiguration", "{\"key\":[\"HeartbeatInterval\"]}");
        assertTrue(read.contains("\"value\":\"88\""), read);
    }

    @Test
    void getConfigurationListsEveryKeyButNeverTheAuthorizationKeysValue() throws Exception {
        String all = call("GetConfiguration", "{}");
        assertTrue(all.contains("\"key\":\"AuthorizationKey\",\"readonly\":false}"), all);
        assertFalse(all.contains("00112233445566778899AABBCCDDEEFF"));
        assertTrue(all.contains("\"key\":\"ChargePointId\",\"readonly\":true,\"value\":\"CP-CFG\""), all);
        assertTrue(all.contains("\"key\":\"SupportedFeatureProfiles\""));
        String some = call("GetConfiguration", "{\"key\":[\"HeartbeatInterval\",\"Bogus\"]}");
        assertTrue(some.contains("\"unknownKey\":[\"Bogus\"]"), some);
    }

    @Test
    void booleansAsIntegersWhenTheStationIsToldSo() throws Exception {
        changes.apply(org.stationconfig.settings.ChangeRequest.fromApp(
                org.stationconfig.auth.Actor.app("service", org.stationconfig.auth.Role.SERVICE), Map.of("booleanValuesAsIntegers", true), null));
        try {
            String read = call("GetConfiguration", "{\"key\":[\"LocalAuthorizeOffline\"]}");
            assertTrue(read.contains("\"value\":\"1\""), read);
        } finally {
            changes.apply(org.stationconfig.settings.ChangeRequest.fromApp(
                    org.stationconfig.auth.Actor.app("service", org.stationconfig.auth.Role.SERVICE), Map.of("booleanValuesAsIntegers", false), null));
        }
    }

    @Test
    void aNewAuthorizationKeyIsAnsweredFirstThenUsedOnTheNextConnection() throws Exception {
        int before = csms.connections.get();
        String answer = change("AuthorizationKey", "FFEEDDCCBBAA99887766554433221100");
        assertTrue(answer.contains("Accepted"), answer);
        await().atMost(WITHIN).until(() -> csms.connections.get() > before);
        // Basic CP-CFG:<16 raw bytes FF EE ... 00>
        String expected = "Basic " + java.util.Base64.getEncoder().encodeToString(concat("CP-CFG:".getBytes(),
                java.util.HexFormat.of().parseHex("FFEEDDCCBBAA99887766554433221100")));
        await().atMost(WITHIN).until(() -> csms.authorizations.contains(expected));
        // this test's connection: the status alone may still be the last test's
        awaitStatus(s -> csms.connected(ID) && s.registration() == Registration.ACCEPTED
                && s.state().name().equals("CONNECTED"));
    }

    @Test
    void remoteStartIsRefusedWhilePending() throws Exception {
        csms.bootStatus = "Pending";
        csms.bootInterval = 1;
        commission("CP-PENDING", Map.of("securityProfile", 0));
        awaitStatus(s -> s.registration() == Registration.PENDING);
        String answer = csms.call("CP-PENDING", "RemoteStartTransaction", "{\"idTag\":\"TAG1\"}").get(10, TimeUnit.SECONDS);
        assertTrue(answer.contains("\"status\":\"Rejected\""), answer);
        String read = csms.call("CP-PENDING", "GetConfiguration", "{\"key\":[\"HeartbeatInterval\"]}").get(10, TimeUnit.SECONDS);
        assertTrue(read.startsWith("[3,"), "other requests are answered while Pending: " + read);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
