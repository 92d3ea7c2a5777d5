package org.stationconfig.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.PemEncoding;
import org.stationconfig.certificates.TestPki;

/** Whitepaper L01: the signing certificate must be valid and chain to an installed ManufacturerRootCertificate. */
class SigningCertificateCheckTest {

    private final FirmwareSigner signer = FirmwareSigner.ec();
    private final Instant now = Instant.now();

    @Test
    void aSigningCertificateIssuedByAnInstalledManufacturerRootIsTrusted() {
        assertEquals(Optional.empty(), check(signer.signing().pem(), signer.root()));
        FirmwareSigner rsa = FirmwareSigner.rsa();
        assertEquals(Optional.empty(), check(rsa.signing().pem(), rsa.root()), "RSA is fine as well");
    }

    @Test
    void anIntermediateSentWithTheSigningCertificateCompletesThePath() {
        Issued intermediate = TestPki.ca("Manufacturer Firmware CA").issuedBy(signer.root()).build();
        Issued signing = FirmwareSigner.codeSigning(intermediate, TestPki.ecFresh()).build();
        String chain = PemEncoding.certificates(List.of(signing.certificate(), intermediate.certificate()));
        assertEquals(Optional.empty(), check(chain, signer.root()));
        assertRefused(check(signing.pem(), signer.root()), "does not chain", "without its intermediate");
    }

    @Test
    void aCertificateFromAnotherManufacturerOrWithNoRootInstalledIsRefused() {
        assertRefused(check(FirmwareSigner.ec().signing().pem(), signer.root()), "does not chain", "another root");
        assertRefused(SigningCertificateCheck.refusal(signer.signing().pem(), List.of(), now),
                "no ManufacturerRootCertificate", "none installed");
    }

    @Test
    void anExpiredOrNotYetValidSigningCertificateIsRefused() {
        assertRefused(check(signer.another().expired().build().pem(), signer.root()), "expired", "expired");
        assertRefused(check(signer.another().notYetValid().build().pem(), signer.root()), "valid only from", "too early");
        assertRefused(SigningCertificateCheck.refusal(signer.signing().pem(), List.of(signer.root().certificate()),
                now.plus(Duration.ofDays(400))), "expired", "judged at the station's time");
    }

    @Test
    void aCertificateThatMayNotSignOrIsNotACertificateIsRefused() {
        assertRefused(check(signer.another().keyUsage(KeyUsage.keyEncipherment).build().pem(), signer.root()),
                "digitalSignature", "key usage");
        assertRefused(check("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", signer.root()),
                "cannot be read", "garbage");
    }

    private Optional<String> check(String pem, Issued root) {
        return SigningCertificateCheck.refusal(pem, List.of(root.certificate()), now);
    }

    private static void assertRefused(Optional<String> refusal, String expected, String why) {
        assertTrue(refusal.isPresent() && refusal.get().contains(expected), why + ": " + refusal);
    }
}
