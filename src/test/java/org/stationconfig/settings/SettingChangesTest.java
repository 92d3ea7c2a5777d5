package org.stationconfig.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.settings.SettingsRejected.Reason;

/** The single write path on a real SQLite file, with the station restarted where durability matters. */
class SettingChangesTest {

    private static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);
    private static final Actor OWNER = Actor.app("owner", Role.OWNER);

    private Path dataDir;
    private ApplicationContext context;

    @BeforeEach
    void start() throws Exception {
        dataDir = Files.createTempDirectory("settings-test-");
        context = startStation();
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private ApplicationContext startStation() {
        return ApplicationContext.run(Map.of("station.data-dir", dataDir.toString()), "test");
    }

    private ChangeResult app(Actor actor, Map<String, Object> values) {
        return context.getBean(SettingChanges.class).apply(ChangeRequest.fromApp(actor, values, null));
    }

    private ChangeResult csms(String key, String value) {
        return context.getBean(SettingChanges.class).apply(ChangeRequest.fromText(Actor.csms(), key, value));
    }

    private SettingsSnapshot settings() {
        return context.getBean(SettingsStore.class).current();
    }

    @Test
    void anAcceptedChangeSurvivesARestart() {
        app(INSTALLER, Map.of("centralSystemUrl", "csms.example.com/ocpp/", "chargePointId", "CP-1",
                "heartbeatInterval", 120, "meterValuesSampledData", List.of("Energy.Active.Import.Register", "Voltage.L1")));
        context.close();
        context = startStation();
        assertEquals("ws://csms.example.com/ocpp", settings().value("centralSystemUrl"));
        assertEquals("CP-1", settings().value("chargePointId"));
        assertEquals(120, settings().intValue("heartbeatInterval"));
        assertEquals(List.of("Energy.Active.Import.Register", "Voltage.L1"), settings().listValue("meterValuesSampledData"));
    }

    @Test
    void oneBadValueRefusesTheWholeChange() {
        SettingsRejected rejected = assertThrows(SettingsRejected.class, () -> app(INSTALLER,
                Map.of("heartbeatInterval", 120, "connectionCheckInterval", 99999, "chargePointId", "bad id:")));
        assertEquals(Reason.INVALID, rejected.reason());
        assertEquals(List.of("chargePointId", "connectionCheckInterval"), rejected.keys());
        assertEquals(300, settings().intValue("heartbeatInterval"));
        assertEquals(0, settings().version());
    }

    @Test
    void wrongTypesAreRefusedWithTheExpectedType() {
        SettingsRejected rejected = assertThrows(SettingsRejected.class, () -> app(INSTALLER,
                Map.of("heartbeatInterval", "120", "enabled", "yes", "meterValueSampleInterval", 1.5)));
        assertTrue(rejected.problems().get("heartbeatInterval").contains("whole number"));
        assertTrue(rejected.problems().get("enabled").contains("true or false"));
        assertTrue(rejected.problems().get("meterValueSampleInterval").contains("whole number"));
    }

    @Test
    void theOwnerMayChangeNothingByDefault() {
        SettingsRejected rejected = assertThrows(SettingsRejected.class, () -> app(OWNER, Map.of("heartbeatInterval", 120)));
        assertEquals(Reason.FORBIDDEN, rejected.reason());
    }

    @Test
    void identityIsForServiceOnly() {
        SettingsRejected rejected = assertThrows(SettingsRejected.class, () -> app(INSTALLER, Map.of("chargePointVendor", "X")));
        assertEquals("only SERVICE may change this setting", rejected.problems().get("chargePointVendor"));
        app(Actor.app("service", Role.SERVICE), Map.of("chargePointVendor", "ACME"));
        assertEquals("ACME", settings().value("chargePointVendor"));
    }

    @Test
    void unknownKeysAreNamed() {
        SettingsRejected rejected = assertThrows(SettingsRejected.class, () -> app(INSTALLER, Map.of("heartbeat", 1)));
        assertEquals(Reason.UNKNOWN, rejected.reason());
        assertEquals(List.of("heartbeat"), rejected.keys());
    }

    @Test
    void mqttIsListedButRefusedWithAClearMessage() {
        SettingsRejected rejected = assertThrows(SettingsRejected.class, () -> app(INSTALLER, Map.of("protocol", "MQTT")));
        assertTrue(rejected.problems().get("protocol").contains("not available"));
    }

    @Test
    void theChargePointIdDefaultsToTheSerialNumberAndFollowsIt() {
        assertEquals("SIM0000001", settings().value("chargePointId"));
        app(Actor.app("service", Role.SERVICE), Map.of("chargePointSerialNumber", "SN42"));
        assertEquals("SN42", settings().value("chargePointId"));
    }

    @Test
    void nullPutsASettingBackToItsDefault() {
        app(INSTALLER, Map.of("heartbeatInterval", 120));
        Map<String, Object> reset = new HashMap<>();
        reset.put("heartbeatInterval", null);
        app(INSTALLER, reset);
        assertEquals(300, settings().intValue("heartbeatInterval"));
    }

    @Test
    void aFallbackLimitBelowSixAmpsIsAcceptedWithAWarning() {
        ChangeResult result = app(INSTALLER, Map.of("fallbackLimit", 4.5));
        assertEquals("4.5", settings().value("fallbackLimit"));
        assertTrue(result.warnings().get(0).message().contains("acts as 0 A"));
        assertThrows(SettingsRejected.class, () -> app(INSTALLER, Map.of("fallbackLimit", 33)));
    }

    @Test
    void theAccessKeyIsStoredButNeverAuditedInClear() {
        app(INSTALLER, Map.of("accessKey", "00010203040506070809aabbccddeeff"));
        AuditEntry entry = context.getBean(AuditLog.class).page(Category.SETTING, 0, 1).getContent().get(0);
        assertEquals("accessKey", entry.key());
        assertEquals("set (16 bytes, hex)", entry.newValue());
        assertEquals("unset", entry.oldValue());
        assertEquals("hex:00010203040506070809aabbccddeeff", settings().value("accessKey"));
    }

    @Test
    void theCentralSystemMayOnlyRaiseTheSecurityProfileWithItsPrerequisites() {
        SettingsRejected noKey = assertThrows(SettingsRejected.class, () -> csms("securityProfile", "1"));
        assertTrue(noKey.problems().get("securityProfile").contains("access key"));
        app(INSTALLER, Map.of("accessKey", "00010203040506070809aabbccddeeff"));
        csms("securityProfile", "1");
        assertEquals(1, settings().intValue("securityProfile"));
        SettingsRejected lower = assertThrows(SettingsRejected.class, () -> csms("securityProfile", "0"));
        assertTrue(lower.problems().get("securityProfile").contains("A05.FR.01"));
        SettingsRejected noRoot = assertThrows(SettingsRejected.class, () -> csms("securityProfile", "2"));
        assertTrue(noRoot.problems().get("securityProfile").contains("root certificate"));
        app(INSTALLER, Map.of("securityProfile", 0));
        assertEquals(0, settings().intValue("securityProfile"));
    }

    @Test
    void theCentralSystemSendsTheAccessKeyAsHex() {
        assertThrows(SettingsRejected.class, () -> csms("accessKey", "plain-text-password"));
        csms("accessKey", "0001020304050607FFFFFFFFFFFFFFFFFFFFFFFF");
        assertEquals("hex:0001020304050607FFFFFFFFFFFFFFFFFFFFFFFF", settings().value("accessKey"));
    }

    @Test
    void theCentralSystemCannotWriteReadOnlyKeys() {
        SettingsRejected rejected = assertThrows(SettingsRejected.class, () -> csms("chargePointId", "OTHER"));
        assertEquals(Reason.FORBIDDEN, rejected.reason());
        assertThrows(SettingsRejected.class, () -> csms("numberOfConnectors", "4"));
    }

    @Test
    void theCentralSystemsTextValuesGoThroughTheSameChecks() {
        csms("meterValueSampleInterval", "15");
        csms("stopTransactionOnInvalidId", "0");
        assertEquals(15, settings().intValue("meterValueSampleInterval"));
        assertFalse(settings().boolValue("stopTransactionOnInvalidId"));
        assertThrows(SettingsRejected.class, () -> csms("meterValueSampleInterval", "-1"));
        assertThrows(SettingsRejected.class, () -> csms("connectionCheckInterval", "-5"));
        assertThrows(SettingsRejected.class, () -> csms("meterValuesSampledData", "Energy.Active.Import.Register,RPM"));
    }

    @Test
    void aChangeToTheSameValueStoresNothing() {
        ChangeResult result = app(INSTALLER, Map.of("heartbeatInterval", 300));
        assertTrue(result.changed().isEmpty());
        assertEquals(0, settings().version());
        assertNull(settings().row("heartbeatInterval"));
    }

    @Test
    void aStaleVersionIsRefused() {
        app(INSTALLER, Map.of("heartbeatInterval", 120));
        SettingsRejected stale = assertThrows(SettingsRejected.class, () -> context.getBean(SettingChanges.class)
                .apply(ChangeRequest.fromApp(INSTALLER, Map.of("heartbeatInterval", 90), 0L)));
        assertEquals(Reason.STALE, stale.reason());
    }

    @Test
    void theMatrixIsDataThatServiceCanChangeAndThatSurvivesARestart() {
        PermissionMatrix matrix = context.getBean(PermissionMatrix.class);
        matrix.change("heartbeatInterval", java.util.Set.of(Writer.OWNER, Writer.SERVICE), Actor.app("service", Role.SERVICE));
        context.close();
        context = startStation();
        app(OWNER, Map.of("heartbeatInterval", 100));
        assertEquals(100, settings().intValue("heartbeatInterval"));
        assertThrows(SettingsRejected.class, () -> app(INSTALLER, Map.of("heartbeatInterval", 90)));
        assertThrows(SettingsRejected.class, () -> csms("heartbeatInterval", "90"));
    }
}
