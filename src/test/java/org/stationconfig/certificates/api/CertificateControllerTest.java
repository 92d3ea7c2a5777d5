package org.stationconfig.certificates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Api;
import org.stationconfig.certificates.CertificateHashData;
import org.stationconfig.certificates.CsrSigner;
import org.stationconfig.certificates.HashAlgorithm;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.TestFiles;
import org.stationconfig.certificates.TestPki;

/** The certificate endpoints over HTTP, as the phone app uses them. */
@MicronautTest(transactional = false)
class CertificateControllerTest extends TestDataDir {

    private static final char[] P12_PASSWORD = "p12-password-1".toCharArray();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    Api api;
    CertificateApi installer;
    CertificateApi owner;
    final Issued stationCa = TestPki.ca("Station CA").organisation("Example CPO").build();

    @Override
    protected Map<String, String> extraProperties() {
        return CertificateApi.ACCOUNTS;
    }

    @BeforeAll
    void logIn() {
        api = new Api(client, json);
        installer = new CertificateApi(api, api.token("installer", "installer-password-1"));
        owner = new CertificateApi(api, api.token("owner", "owner-password-1"));
    }

    @Test
    void anInstallerUploadsARootAndEveryRoleSeesItWithItsHashData() {
        Issued root = TestPki.ca("CSMS Root").organisation("Central").build();

        Api.Reply created = installer.uploadRoot(root.pemBytes());

        assertEquals(201, created.status(), created.body());
        Map<String, Object> body = created.json();
        assertEquals("CentralSystemRootCertificate", body.get("use"));
        assertEquals("O=Central,CN=CSMS Root", body.get("subject"));
        assertEquals(body.get("subject"), body.get("issuer"));
        for (String field : List.of("id", "serialNumber", "notBefore", "notAfter", "sha256Fingerprint", "keyAlgorithm",
                "keySize", "warnings")) {
            assertNotNull(body.get(field), field);
        }
        assertEquals("EC", body.get("keyAlgorithm"));
        assertEquals(256, ((Number) body.get("keySize")).intValue());
        assertEquals(false, body.get("inUse"), "no security profile uses it yet");
        CertificateHashData expected = CertificateHashData.ofSelfSigned(root.certificate(), HashAlgorithm.SHA256);
        @SuppressWarnings("unchecked") Map<String, Object> hash = (Map<String, Object>) body.get("hashData");
        assertEquals(Map.of("hashAlgorithm", "SHA256", "issuerNameHash", expected.issuerNameHash(),
                "issuerKeyHash", expected.issuerKeyHash(), "serialNumber", expected.serialNumber()), hash);

        Api.Reply seen = owner.get(body.get("id"));
        assertEquals(200, seen.status());
        assertEquals(body.get("sha256Fingerprint"), seen.json().get("sha256Fingerprint"));
        assertTrue(owner.list().body().contains((String) body.get("sha256Fingerprint")));
    }

    @Test
    void anOwnerMayLookButNotInstallOrDelete() {
        owner.uploadRoot(TestPki.ca("Owner's Root").build().pemBytes()).assertProblem(403);
        owner.delete(1).assertProblem(403);
        owner.csr(Map.of()).assertProblem(403);
    }

    @Test
    void aStationCertificateInPkcs12IsInstalledButItsKeyIsNeverShown() {
        Issued station = TestPki.leaf("SIM0000001").organisation("Example CPO").issuedBy(stationCa).build();

        Api.Reply created = installer.upload("ChargePointCertificate", TestFiles.pkcs12(station, P12_PASSWORD, stationCa),
                null, P12_PASSWORD);

        assertEquals(201, created.status(), created.body());
        assertEquals(true, created.json().get("hasPrivateKey"));
        assertEquals(true, created.json().get("inUse"));
        assertEquals(2, ((Number) created.json().get("chainLength")).intValue());
        for (Api.Reply reply : List.of(created, installer.list(), installer.get(created.json().get("id")))) {
            assertFalse(reply.body().contains("PRIVATE KEY"), reply.body());
            assertFalse(reply.body().contains(new String(P12_PASSWORD)), reply.body());
        }
        installer.delete(created.json().get("id")).assertProblem(409);
    }

    @Test
    void refusalsNameTheirReasonAndStoreNothing() throws Exception {
        List<String> before = installer.fingerprints(json);
        Issued station = TestPki.leaf("SIM0000001").organisation("Example CPO").issuedBy(stationCa).build();

        Api.Reply expired = installer.uploadRoot(TestPki.ca("Old Root").expired().build().pemBytes()).assertProblem(422);
        assertEquals("EXPIRED", errorKeys(expired).get(0));
        assertTrue(expired.detail().startsWith("The certificate has expired"), expired.detail());
        Api.Reply wrongPassword = installer.upload("ChargePointCertificate",
                TestFiles.pkcs12(station, P12_PASSWORD, stationCa), null, "not-it".toCharArray()).assertProblem(422);
        assertEquals(List.of("PKCS12_PASSWORD_WRONG"), errorKeys(wrongPassword));
        Api.Reply tooLarge = installer.uploadRoot(new byte[70 * 1024]).assertProblem(413);
        assertEquals(List.of("FILE_TOO_LARGE"), errorKeys(tooLarge));
        Api.Reply noKey = installer.upload("ChargePointCertificate", station.pemBytes(), null, null).assertProblem(422);
        assertEquals(List.of("NO_MATCHING_REQUEST"), errorKeys(noKey));

        assertEquals(before, installer.fingerprints(json));
    }

    @Test
    void incompleteUploadsAreExplained() {
        Api.Reply noUse = installer.upload(null, TestPki.ca("R").build().pemBytes(), null, null).assertProblem(400);
        assertTrue(noUse.detail().contains("CentralSystemRootCertificate"), noUse.detail());
        installer.upload("SomethingElse", TestPki.ca("R").build().pemBytes(), null, null).assertProblem(422);
        installer.upload("CentralSystemRootCertificate", null, null, null).assertProblem(400);
    }

    @Test
    void theSameRootTwiceIsAConflict() {
        byte[] root = TestPki.ca("Twice").build().pemBytes();
        assertEquals(201, installer.uploadRoot(root).status());
        Api.Reply again = installer.uploadRoot(root).assertProblem(409);
        assertEquals(List.of("ALREADY_INSTALLED"), errorKeys(again));
    }

    @Test
    void aRootNotInUseIsDeleted() {
        Api.Reply created = installer.uploadRoot(TestPki.ca("Short Lived").build().pemBytes());
        Object id = created.json().get("id");

        assertEquals(204, installer.delete(id).status());

        installer.get(id).assertProblem(404);
        installer.delete(id).assertProblem(404);
    }

    @Test
    void theStationMakesACsrAndPairsTheSignedCertificateWithItsKey() throws Exception {
        installer.csr(Map.of()).assertProblem(409); // CpoName not set yet
        Api.Reply cpo = api.call(io.micronaut.http.HttpRequest.PATCH("/api/v1/settings", Map.of("values", Map.of("cpoName", "Example CPO")))
                .header("If-Match", "*"), installerToken());
        assertTrue(cpo.status() < 300, cpo.body());

        for (String keyType : List.of("EC_P256", "RSA_2048")) {
            Map<String, Object> order = new HashMap<>(Map.of("keyType", keyType));
            Api.Reply created = installer.csr(order);
            assertEquals(201, created.status(), created.body());
            String pem = (String) created.json().get("csr");
            JcaPKCS10CertificationRequest csr = CsrSigner.parse(pem);
            assertEquals("SIM0000001", csr.getSubject().getRDNs(BCStyle.CN)[0].getFirst().getValue().toString());
            assertEquals("Example CPO", csr.getSubject().getRDNs(BCStyle.O)[0].getFirst().getValue().toString());
            assertEquals(keyType.startsWith("EC") ? "EC" : "RSA", csr.getPublicKey().getAlgorithm());
            assertFalse(created.body().contains("PRIVATE KEY"));

            Api.Reply installed = installer.upload("ChargePointCertificate",
                    TestFiles.pemChain(CsrSigner.sign(pem, stationCa), stationCa), null, null);
            assertEquals(201, installed.status(), installed.body());
            assertEquals(true, installed.json().get("hasPrivateKey"));
        }
        installer.csr(Map.of("keyType", "DSA_1024")).assertProblem(422);
    }

    private String installerToken() {
        return api.token("installer", "installer-password-1");
    }

    @SuppressWarnings("unchecked")
    static List<String> errorKeys(Api.Reply reply) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.json().get("errors");
        assertNull(reply.json().get("trace"));
        return errors.stream().map(e -> (String) e.get("key")).toList();
    }
}
