package org.stationconfig.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.5, "no key that does nothing": ResetRetries was accepted and reported RW while nothing read it. Every OCPP
 * key the central system may write is listed here with the test that shows what it does (the test's source must
 * name the key) or the reason it needs none. A new writable key fails this test until it gets one of the two.
 */
class EveryWritableKeyDoesSomethingTest {

    private static final String CONNECTION = "org.stationconfig.connection.";
    private static final String STATION = "org.stationconfig.station.";

    /** Setting key → the test class showing its behaviour, or "reason: ..." when there is a reason instead. */
    private static final Map<String, String> EVIDENCE = Map.ofEntries(
            Map.entry("accessKey", CONNECTION + "FailureClassesTest"),
            Map.entry("allowOfflineTxForUnknownId", STATION + "authorization.AuthorizationScenarioTest"),
            Map.entry("authorizationCacheEnabled", STATION + "authorization.AuthorizationScenarioTest"),
            Map.entry("authorizationMode", STATION + "authorization.AuthorizationScenarioTest"),
            Map.entry("authorizeRemoteTxRequests", STATION + "transaction.TransactionScenarioTest"),
            Map.entry("centralSystemUrl", CONNECTION + "TrialAcrossRestartTest"),
            Map.entry("clockAlignedDataInterval", STATION + "metering.MeteringScenarioTest"),
            Map.entry("connectionCheckInterval", CONNECTION + "FailureClassesTest"),
            Map.entry("connectionTimeOut", STATION + "connector.StatusNotificationTest"),
            Map.entry("connectionTrialAttempts", CONNECTION + "TrialAcrossRestartTest"),
            Map.entry("connectorPhaseRotation", "reason: information for the central system (S16 §9.1.7: how each "
                    + "connector is wired to the grid); the station stores and reports it, it changes no behaviour"),
            Map.entry("cpoName", "org.stationconfig.certificates.ocpp.CertificatesOverOcppTest"),
            Map.entry("fallbackLimit", CONNECTION + "FallbackLimitTest"),
            Map.entry("heartbeatInterval", CONNECTION + "OcppSessionTest"),
            Map.entry("localAuthListEnabled", STATION + "authorization.AuthorizationScenarioTest"),
            Map.entry("localAuthorizeOffline", STATION + "authorization.AuthorizationPolicyTest"),
            Map.entry("localPreAuthorize", STATION + "authorization.AuthorizationScenarioTest"),
            Map.entry("maxEnergyOnInvalidId", STATION + "transaction.TransactionLifecycleTest"),
            Map.entry("messageTimeout", CONNECTION + "FailureClassesTest"),
            Map.entry("meterValueSampleInterval", STATION + "metering.MeteringScenarioTest"),
            Map.entry("meterValuesAlignedData", STATION + "metering.MeteringScenarioTest"),
            Map.entry("meterValuesSampledData", STATION + "metering.MeteringScenarioTest"),
            Map.entry("minimumStatusDuration", STATION + "connector.StatusNotificationTest"),
            Map.entry("reconnectInterval", CONNECTION + "FailureClassesTest"),
            Map.entry("reconnectMaxInterval", CONNECTION + "FailureClassesTest"),
            Map.entry("resetRetries", STATION + "reset.ResetRetriesTest"),
            Map.entry("securityProfile", CONNECTION + "TlsConnectionTest"),
            Map.entry("stopTransactionOnEVSideDisconnect", STATION + "transaction.TransactionScenarioTest"),
            Map.entry("stopTransactionOnInvalidId", STATION + "transaction.TransactionLifecycleTest"),
            Map.entry("stopTxnAlignedData", STATION + "metering.MeteringScenarioTest"),
            Map.entry("stopTxnSampledData", STATION + "transaction.TransactionLifecycleTest"),
            Map.entry("transactionMessageAttempts", "org.stationconfig.ocpp.outbox.OutboxParkingTest"),
            Map.entry("transactionMessageRetryInterval", "org.stationconfig.ocpp.outbox.OutboxDeliveryTest"),
            Map.entry("unlockConnectorOnEVSideDisconnect", "reason: read by ChargingFlow when the EV unplugs; the "
                    + "simulator's lock has no observable state yet, so no test can see the unlock (issue 13.5 "
                    + "follow-up)"));

    @Test
    void everyKeyTheCentralSystemMayWriteHasABehaviourTestOrAReason(@TempDir Path data) throws IOException {
        Map<String, String> writable = new TreeMap<>();
        try (ApplicationContext context = ApplicationContext.run(Map.of("station.data-dir", data.toString()), "test")) {
            for (SettingDefinition definition : context.getBean(SettingsRegistry.class).all()) {
                if (definition.ocppKey() != null && definition.csmsWritable()) {
                    writable.put(definition.key(), definition.ocppKey());
                }
            }
        }
        assertEquals(new TreeSet<>(), new TreeSet<>(difference(writable.keySet(), EVIDENCE.keySet())),
                "writable OCPP keys without a behaviour test or a reason: add them to EVIDENCE");
        assertEquals(new TreeSet<>(), new TreeSet<>(difference(EVIDENCE.keySet(), writable.keySet())),
                "listed here but no longer a writable OCPP key");
        for (Map.Entry<String, String> key : writable.entrySet()) {
            String evidence = EVIDENCE.get(key.getKey());
            if (evidence.startsWith("reason: ")) {
                assertTrue(evidence.length() > 40, "a reason says why, for " + key.getKey());
                continue;
            }
            Path source = Path.of("src/test/java", evidence.replace('.', '/') + ".java");
            assertTrue(Files.exists(source), evidence + " (for " + key.getKey() + ") does not exist");
            String text = Files.readString(source);
            assertTrue(text.contains(key.getKey()) || text.contains(key.getValue()),
                    evidence + " does not mention " + key.getKey() + " / " + key.getValue());
        }
    }

    private static List<String> difference(java.util.Set<String> from, java.util.Set<String> without) {
        return from.stream().filter(key -> !without.contains(key)).toList();
    }
}
