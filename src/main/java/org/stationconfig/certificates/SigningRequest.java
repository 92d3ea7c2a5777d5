package org.stationconfig.certificates;

import java.security.KeyPair;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * The PKCS#10 request the station sends in SignCertificate.req (whitepaper A02/A03): subject CN = the charge
 * point serial number, O = CpoName, signed by the station's new key. The private key never leaves the station.
 */
public record SigningRequest(String pem, X500Name subject) {

    /** Refused when the serial number or the CPO name is not set (whitepaper A02.FR.13/A03.FR.13 prerequisite). */
    public static SigningRequest create(KeyPair keyPair, String serialNumber, String cpoName)
            throws CertificateRefusedException {
        requireSubject(serialNumber, cpoName);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, serialNumber) // whitepaper A00.FR.404: CN carries the serial number
                .addRDN(BCStyle.O, cpoName)       // whitepaper A02.FR.13: O carries CpoName
                .build();
        try {
            PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(subject, keyPair.getPublic())
                    .build(new JcaContentSignerBuilder(KeyType.of(keyPair).signatureAlgorithm()).build(keyPair.getPrivate()));
            return new SigningRequest(PemEncoding.signingRequest(request), subject);
        } catch (OperatorCreationException unusableKey) { // a key pair made by KeyType always signs
            throw new IllegalArgumentException("The key pair cannot sign a certificate request", unusableKey);
        }
    }

    /** The CSR prerequisites alone, checked before a (slow) key generation. */
    public static void requireSubject(String serialNumber, String cpoName) throws CertificateRefusedException {
        if (serialNumber == null || serialNumber.isBlank()) {
            throw new CertificateRefusedException(RefusalReason.SERIAL_NUMBER_MISSING);
        }
        if (cpoName == null || cpoName.isBlank()) {
            throw new CertificateRefusedException(RefusalReason.CPO_NAME_MISSING);
        }
    }
}
