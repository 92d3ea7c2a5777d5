package org.stationconfig.certificates.ocpp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stationconfig.TestDataDir;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.BadInputCorpusTest;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.ExpectedSubject;
import org.stationconfig.certificates.RefusalReason;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.certificates.store.InstalledCertificate;
import org.stationconfig.connection.Registration;
import org.stationconfig.ocpp.csms.CentralSystemScript;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.status.ConnectionStatusService;

/**
 * The bad-input corpus from a central system: each text file that InstallCertificate (roots) or CertificateSigned
 * (station certificates) can carry is refused (Rejected, or a CALLERROR when OCPP's length limit already refuses it)
 * within the bound, its reason is in the audit log, and the installed certificates stay as they were.
 */
@MicronautTest(transactional = false)
class CorpusOverOcppTest extends TestDataDir {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final String ID = "CP-CORPUS";
    private static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);

    @Inject
    EmbeddedServer server;
    @Inject
    CentralSystemScript csms;
    @Inject
    SettingChanges changes;
    @Inject
    ConnectionStatusService status;
    @Inject
    CertificateStore store;
    @Inject
    AuditLog audit;

    @BeforeAll
    void connect() {
        csms.reset();
        change(Map.of("centralSystemUrl", "ws://127.0.0.1:" + server.getPort() + "/csms", "chargePointId", ID,
                "reconnectInterval", 1, "reconnectMaxInterval", 2, "messageTimeout", 3, "enabled", true));
        await().atMost(WITHIN).until(() -> status.current().registration() == Registration.ACCEPTED);
        assertEquals("Accepted", answer("InstallCertificate", Map.of("certificateType", "CentralSystemRootCertificate",
                "certificate", TestPki.ca("Corpus OCPP Root").build().pem())).get(2).get("status").getStringValue());
    }

    @AfterAll
    void disconnect() {
        change(Map.of("enabled", false));
    }

    /** One text corpus entry (an OCPP message carries PEM text, never binary DER). */
    record Case(RefusalReason reason, BadInputCorpusTest.Upload upload) {
        @Override
        public String toString() {
            return reason.name();
        }
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> textCases() {
        return BadInputCorpusTest.corpus()
                .map(a -> Arguments.of(a.get()[0], new Case((RefusalReason) a.get()[1],
                        ((Supplier<BadInputCorpusTest.Upload>) a.get()[2]).get())))
                .filter(a -> {
                    BadInputCorpusTest.Upload upload = ((Case) a.get()[1]).upload();
                    return upload.key() == null && upload.password() == null && upload.file().length > 0
                            && upload.expected().equals(ExpectedSubject.any()) && isText(upload.file());
                });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("textCases")
    void isRefusedOverOcppWithItsReasonAndNothingChanges(String name, Case corpusCase) {
        List<String> before = store.all().stream().map(InstalledCertificate::fingerprint).toList();
        long lastAudit = latestAuditId();
        boolean root = corpusCase.upload().use().isRoot();
        String text = new String(corpusCase.upload().file(), StandardCharsets.US_ASCII);

        JsonNode frame = assertTimeoutPreemptively(BadInputCorpusTest.BOUND, () -> root
                ? answer("InstallCertificate", Map.of("certificateType", "CentralSystemRootCertificate", "certificate", text))
                : answer("CertificateSigned", Map.of("certificateChain", text)), name);

        if (frame.get(0).getIntValue() == 3) {
            assertEquals("Rejected", frame.get(2).get("status").getStringValue(), name);
            List<AuditEntry> refusals = audit.page(Category.CERTIFICATE, 0, 5).getContent().stream()
                    .filter(e -> e.id() > lastAudit && e.event().equals("CERTIFICATE_REFUSED")).toList();
            assertEquals(1, refusals.size(), name);
            String expected = corpusCase.reason().name();
            assertTrue(refusals.get(0).message().contains(expected)
                    || !root && refusals.get(0).message().contains(RefusalReason.NO_MATCHING_REQUEST.name()),
                    refusals.get(0).message());
        } else { // OCPP's own length limit (InstallCertificate 5500, CertificateSigned 10000 characters)
            assertEquals(4, frame.get(0).getIntValue(), frame.toString());
            assertTrue(text.length() > 5500, name + ": only an oversized text may be refused before the station looks");
        }
        assertEquals(before, store.all().stream().map(InstalledCertificate::fingerprint).toList(), name);
    }

    private long latestAuditId() {
        return audit.page(null, 0, 1).getContent().stream().mapToLong(e -> e.id()).findFirst().orElse(0);
    }

    private static boolean isText(byte[] file) {
        for (byte b : file) {
            if (b < 0x09 || b > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Sends a CALL and returns the whole answer frame (CALLRESULT or CALLERROR). */
    private JsonNode answer(String action, Map<String, Object> payload) {
        try {
            String json = JsonText.write(JsonNode.from(payload));
            return JsonText.parse(csms.call(ID, action, json).get(WITHIN.toSeconds(), TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new AssertionError(action, e);
        }
    }

    private void change(Map<String, Object> values) {
        changes.apply(ChangeRequest.fromApp(INSTALLER, new HashMap<>(values), null));
    }
}
