package org.stationconfig.certificates.api;

import org.stationconfig.CapturedLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.auth.Api;
import org.stationconfig.certificates.CsrSigner;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.TestFiles;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.store.MasterKeyFactory;

/**
 * Private keys, their passwords and the master key never appear in an API answer, the log (root at DEBUG from the
 * first start) or the audit log, through uploads with keys, PKCS#12, encrypted keys, refusals and the CSR flow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeysNeverLeaveTest {

    private final CapturedLog log = new CapturedLog();
    private EmbeddedServer server;
    private HttpClient client;
    private Path dataDir;

    @BeforeAll
    void startWithCapture() throws Exception {
        log.start();
        dataDir = Files.createTempDirectory("station-keys-");
        Map<String, Object> properties = new HashMap<>(CertificateApi.ACCOUNTS);
        properties.put("station.data-dir", dataDir.toString());
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    @AfterAll
    void stop() {
        log.stop();
        client.close();
        server.close();
    }

    @Test
    void noKeyMaterialInAnswersLogsOrAudit() throws Exception {
        Api api = new Api(client, server.getApplicationContext().getBean(JsonMapper.class));
        String token = api.token("installer", "installer-password-1");
        CertificateApi installer = new CertificateApi(api, token);
        Issued ca = TestPki.ca("Leak CA").organisation("Example CPO").build();
        Issued plain = TestPki.leaf("SIM0000001").organisation("Example CPO").issuedBy(ca).build();
        Issued inP12 = TestPki.leaf("SIM0000001").organisation("Example CPO").issuedBy(ca).build();
        Issued encrypted = TestPki.leaf("SIM0000001").organisation("Example CPO").issuedBy(ca).build();
        char[] p12Password = "P12-Secret-Password-9".toCharArray();
        char[] keyPassword = "Key-Secret-Password-8".toCharArray();
        String encryptedKey = TestFiles.encryptedPkcs8(encrypted.keyPair().getPrivate(), keyPassword);

        List<Api.Reply> replies = new ArrayList<>();
        replies.add(installer.upload("ChargePointCertificate", plain.pemBytes(), plain.keyPemBytes(), null));
        replies.add(installer.upload("ChargePointCertificate", TestFiles.pkcs12(inP12, p12Password, ca), null, p12Password));
        replies.add(installer.upload("ChargePointCertificate", encrypted.pemBytes(), TestFiles.ascii(encryptedKey), keyPassword));
        replies.add(installer.upload("ChargePointCertificate", TestFiles.pkcs12(inP12, p12Password, ca), null,
                "Wrong-P12-Password-7".toCharArray()));
        replies.add(installer.upload("ChargePointCertificate", plain.pemBytes(), ca.keyPemBytes(), null)); // mismatch
        api.call(io.micronaut.http.HttpRequest.PATCH("/api/v1/settings", Map.of("values", Map.of("cpoName", "Example CPO")))
                .header("If-Match", "*"), token);
        Api.Reply csr = installer.csr(Map.of());
        replies.add(csr);
        replies.add(installer.upload("ChargePointCertificate", CsrSigner.sign((String) csr.json().get("csr"), ca).pemBytes(),
                null, null));
        replies.add(installer.list());
        assertEquals(List.of(201, 201, 201, 422, 422, 201, 201, 200), replies.stream().map(Api.Reply::status).toList());

        byte[] master = Files.readAllBytes(dataDir.resolve(MasterKeyFactory.FILE));
        List<String> secrets = new ArrayList<>(List.of(new String(p12Password), new String(keyPassword),
                "Wrong-P12-Password-7", "PRIVATE KEY", HexFormat.of().formatHex(master),
                HexFormat.of().withUpperCase().formatHex(master), Base64.getEncoder().encodeToString(master)));
        for (Issued issued : List.of(plain, inP12, encrypted, ca)) {
            secrets.add(keyBody(issued.keyPem()));
        }
        secrets.add(keyBody(encryptedKey));

        List<String> lines = logLines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("master key")), "the master key file's path is logged");
        List<AuditEntry> audit = server.getApplicationContext().getBean(AuditLog.class).page(null, 0, 500).getContent();
        for (String secret : secrets) {
            replies.forEach(r -> assertFalse(r.body().contains(secret), "key material in an answer: " + r.body()));
            lines.forEach(line -> assertFalse(line.contains(secret), "key material in the log: " + line));
            audit.forEach(entry -> assertFalse(entry.toString().contains(secret), "key material in the audit log"));
        }
    }

    /** A base64 line from the middle of a PEM key: present wherever any part of the key is. */
    private static String keyBody(String pem) {
        String[] lines = pem.split("\n");
        return lines[lines.length / 2].strip();
    }

    private List<String> logLines() {
        return log.lines();
    }
}
