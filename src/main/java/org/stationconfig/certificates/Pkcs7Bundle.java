package org.stationconfig.certificates;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/** A PKCS#7 certificate bundle (.p7b, as Windows CAs export chains): only its certificates are read. */
final class Pkcs7Bundle {

    private Pkcs7Bundle() {
    }

    static List<X509Certificate> certificates(byte[] der) throws CertificateRefusedException {
        List<X509CertificateHolder> holders;
        try {
            holders = new ArrayList<>(new CMSSignedData(der).getCertificates().getMatches(null));
        } catch (CMSException | RuntimeException damaged) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.CERTIFICATE_DAMAGED), damaged);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : holders) {
            certificates.add(CertificateDecoder.decode(encoded(holder)));
        }
        return certificates;
    }

    private static byte[] encoded(X509CertificateHolder holder) throws CertificateRefusedException {
        try {
            return holder.getEncoded();
        } catch (java.io.IOException damaged) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.CERTIFICATE_DAMAGED), damaged);
        }
    }
}
