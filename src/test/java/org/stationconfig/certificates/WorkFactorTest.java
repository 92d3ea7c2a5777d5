package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;

/** A password scheme the station does not know cannot be costed, so it is refused, not let through unchecked. */
class WorkFactorTest {

    private static final EncryptionScheme AES = new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC,
            new org.bouncycastle.asn1.DEROctetString(new byte[16]));

    @Test
    void anUnknownEncryptionSchemeIsRefusedWithItsName() {
        AlgorithmIdentifier unknown = new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"),
                DERNull.INSTANCE);

        CertificateRefusedException refused = assertThrows(CertificateRefusedException.class,
                () -> new WorkFactor().admit(unknown));

        assertEquals(RefusalReason.UNKNOWN_PASSWORD_SCHEME, refused.refusal().reason());
        assertTrue(refused.refusal().message().contains("1.3.6.1.4.1.99999.1"), refused.refusal().message());
    }

    @Test
    void aPbes2WithAnUnknownKeyDerivationIsRefused() {
        PBES2Parameters parameters = new PBES2Parameters(
                new KeyDerivationFunc(new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.2"), DERNull.INSTANCE), AES);

        CertificateRefusedException refused = assertThrows(CertificateRefusedException.class,
                () -> new WorkFactor().admit(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, parameters)));

        assertEquals(RefusalReason.UNKNOWN_PASSWORD_SCHEME, refused.refusal().reason());
    }

    @Test
    void aStandardPbes2WithPbkdf2IsAdmitted() {
        PBES2Parameters parameters = new PBES2Parameters(new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2,
                new PBKDF2Params(new byte[16], 2048)), AES);

        assertDoesNotThrow(() -> new WorkFactor().admit(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, parameters)));
    }
}
