package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

class CertificatePolicyTest {

    private static final Instant YEAR_START = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2031-01-01T00:00:00Z");
    private final CertificatePolicy policy = new CertificatePolicy();
    private final Instant now = Instant.now();
    private final Issued root = TestPki.ca("Policy Root").build();
    private final Issued subCa = TestPki.ca("Policy Sub CA").issuedBy(root).build();
    private final ExpectedSubject station = new ExpectedSubject("CP-0001", "Example CPO");

    private Issued stationCert(TestPki.Builder builder) {
        return builder.organisation("Example CPO").issuedBy(subCa).build();
    }

    private Verdict checkStation(Issued leaf, ExpectedSubject expected) {
        return policy.checkChargePoint(List.of(leaf.certificate(), subCa.certificate()), leaf.keyPair().getPrivate(),
                expected, now);
    }

    @Test
    void acceptsSelfSignedRoot() {
        Verdict verdict = policy.checkRoot(List.of(root.certificate()), now);
        assertTrue(verdict.accepted(), verdict.toString());
        assertTrue(verdict.warnings().isEmpty());
    }

    @Test
    void acceptsRootUploadedAsIntermediateFollowedByItsRoot() {
        assertTrue(policy.checkRoot(List.of(subCa.certificate(), root.certificate()), now).accepted());
    }

    @Test
    void timeIsAParameter() {
        Issued year2030 = TestPki.ca("2030 Root").validity(YEAR_START, YEAR_END).build();
        assertTrue(policy.checkRoot(List.of(year2030.certificate()), Instant.parse("2030-06-01T00:00:00Z")).accepted());
        assertEquals(List.of(RefusalReason.EXPIRED),
                policy.checkRoot(List.of(year2030.certificate()), Instant.parse("2031-06-01T00:00:00Z")).reasons());
    }

    @Test
    void warnsThirtyDaysBeforeExpiry() {
        Issued year2030 = TestPki.ca("2030 Root").validity(YEAR_START, YEAR_END).build();
        Verdict early = policy.checkRoot(List.of(year2030.certificate()), YEAR_END.minus(Duration.ofDays(31)));
        Verdict late = policy.checkRoot(List.of(year2030.certificate()), YEAR_END.minus(Duration.ofDays(29)));
        assertFalse(early.warns(Warning.Kind.EXPIRES_SOON));
        assertTrue(late.accepted());
        assertTrue(late.warns(Warning.Kind.EXPIRES_SOON));
    }

    @Test
    void keepsANotYetValidRootWithAWarning() {
        Issued future = TestPki.ca("Next Root").notYetValid().build();
        Verdict verdict = policy.checkRoot(List.of(future.certificate()), now);
        assertTrue(verdict.accepted());
        assertTrue(verdict.warns(Warning.Kind.NOT_YET_VALID));
    }

    @Test
    void acceptsRsa2048AndP384Roots() {
        for (Issued ok : List.of(TestPki.ca("RSA Root").key(TestPki.rsa(2048)).build(),
                TestPki.ca("P-384 Root").key(TestPki.ec("secp384r1")).build())) {
            assertTrue(policy.checkRoot(List.of(ok.certificate()), now).accepted(), ok.certificate().toString());
        }
    }

    @Test
    void refusesP224BecauseTheJdkTlsCannotUseIt() {
        Issued p224 = TestPki.ca("P-224 Root").key(TestPki.ec("secp224r1")).build();
        Verdict verdict = policy.checkRoot(List.of(p224.certificate()), now);
        assertEquals(List.of(RefusalReason.UNSUPPORTED_KEY_ALGORITHM), verdict.reasons());
        assertTrue(verdict.refusals().get(0).message().contains("secp224r1"), verdict.toString());
    }

    @Test
    void acceptsStationCertificateWithKeyAndExpectedSubject() {
        Verdict verdict = checkStation(stationCert(TestPki.leaf("CP-0001")), station);
        assertTrue(verdict.accepted(), verdict.toString());
    }

    @Test
    void acceptsStationCertificateWithoutExtendedKeyUsage() {
        Issued plain = stationCert(TestPki.leaf("CP-0001").extendedKeyUsage());
        assertTrue(checkStation(plain, station).accepted());
    }

    @Test
    void notYetValidStationCertificateIsStoredToSwitchLater() {
        Verdict verdict = checkStation(stationCert(TestPki.leaf("CP-0001").notYetValid()), station);
        assertTrue(verdict.accepted());
        assertTrue(verdict.switchWhenValid());
    }

    @Test
    void refusesWrongSerialNumberOrCpoNameOnlyWhenAsked() {
        Issued other = stationCert(TestPki.leaf("CP-9999"));
        assertEquals(List.of(RefusalReason.SUBJECT_SERIAL_MISMATCH), checkStation(other, station).reasons());
        assertEquals(List.of(RefusalReason.SUBJECT_CPO_MISMATCH),
                checkStation(other, new ExpectedSubject("CP-9999", "Another CPO")).reasons());
        assertTrue(checkStation(other, ExpectedSubject.any()).accepted());
    }

    @Test
    void cpoNameWithACommaIsComparedUnescaped() {
        Issued comma = TestPki.leaf("CP-0001").organisation("Charge, Inc.").issuedBy(subCa).build();
        Verdict verdict = policy.checkChargePoint(List.of(comma.certificate()), comma.keyPair().getPrivate(),
                new ExpectedSubject("CP-0001", "Charge, Inc."), now);
        assertTrue(verdict.accepted(), verdict.toString());
    }

    @Test
    void refusesServerOnlyCertificateAsStationCertificate() {
        Issued serverOnly = stationCert(TestPki.leaf("CP-0001").extendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        assertEquals(List.of(RefusalReason.NOT_FOR_TLS_CLIENT), checkStation(serverOnly, station).reasons());
        Issued encipherOnly = stationCert(TestPki.leaf("CP-0001").keyUsage(KeyUsage.keyEncipherment));
        assertEquals(List.of(RefusalReason.NOT_FOR_TLS_CLIENT), checkStation(encipherOnly, station).reasons());
    }

    @Test
    void refusesChainInReverseOrderWithAHint() {
        Issued leaf = stationCert(TestPki.leaf("CP-0001"));
        Verdict verdict = policy.checkChargePoint(List.of(subCa.certificate(), leaf.certificate()),
                leaf.keyPair().getPrivate(), ExpectedSubject.any(), now);
        assertTrue(verdict.reasons().contains(RefusalReason.CHAIN_ORDER), verdict.toString());
    }

    @Test
    void refusesSha1SignedStationCertificate() {
        Issued sha1 = stationCert(TestPki.leaf("CP-0001").signatureAlgorithm("SHA1withECDSA"));
        assertEquals(List.of(RefusalReason.WEAK_SIGNATURE), checkStation(sha1, station).reasons());
    }

    @Test
    void refusesAKeyUploadedWithARoot() {
        CertificateMaterial material = new CertificateMaterial(List.of(root.certificate()), root.keyPair().getPrivate());
        Verdict verdict = policy.check(CertificateUse.CENTRAL_SYSTEM_ROOT, material, ExpectedSubject.any(), now);
        assertEquals(List.of(RefusalReason.WRONG_CONTENT), verdict.reasons());
    }

    @Test
    void dispatchesByUse() {
        Issued leaf = stationCert(TestPki.leaf("CP-0001"));
        PrivateKey key = leaf.keyPair().getPrivate();
        CertificateMaterial material = new CertificateMaterial(List.of(leaf.certificate(), subCa.certificate()), key);
        assertTrue(policy.check(CertificateUse.CHARGE_POINT, material, station, now).accepted());
        assertEquals(List.of(RefusalReason.NOT_A_CA), policy.check(CertificateUse.MANUFACTURER_ROOT,
                material.withKey(null), ExpectedSubject.any(), now).reasons().subList(0, 1));
    }
}
