package org.stationconfig.certificates;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/** Checks that one certificate was signed by the key of another, with BC so that every curve is readable. */
final class Signatures {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private Signatures() {
    }

    static boolean verifies(X509Certificate certificate, X509Certificate issuer) {
        try {
            X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
            return holder.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC)
                    .build(new JcaX509CertificateHolder(issuer)));
        } catch (CertException | OperatorCreationException | CertificateException | RuntimeException invalid) {
            // any failure to verify means "not signed by this issuer"
            return false;
        }
    }
}
