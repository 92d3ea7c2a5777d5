package org.stationconfig.certificates;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** DER bytes of one X.509 certificate to a Java certificate, or the refusal CERTIFICATE_DAMAGED. */
final class CertificateDecoder {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private CertificateDecoder() {
    }

    static X509Certificate decode(byte[] der) throws CertificateRefusedException {
        Certificate structure;
        try {
            structure = Certificate.getInstance(der);
        } catch (RuntimeException notAsn1Certificate) { // BC signals malformed ASN.1 with unchecked exceptions
            throw new CertificateRefusedException(Refusal.of(RefusalReason.CERTIFICATE_DAMAGED), notAsn1Certificate);
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException jdkRefused) {
            // The JDK refuses keys on legacy curves (e.g. secp192r1) while parsing; BC reads them so the
            // policy can name the real problem (a weak key) instead of "damaged".
            return withBouncyCastle(structure, jdkRefused);
        }
    }

    private static X509Certificate withBouncyCastle(Certificate structure, Exception jdkRefused)
            throws CertificateRefusedException {
        try {
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(new X509CertificateHolder(structure));
        } catch (CertificateException | RuntimeException bcRefused) {
            bcRefused.addSuppressed(jdkRefused);
            throw new CertificateRefusedException(Refusal.of(RefusalReason.CERTIFICATE_DAMAGED), bcRefused);
        }
    }
}
