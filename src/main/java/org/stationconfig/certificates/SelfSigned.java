package org.stationconfig.certificates;

import java.security.cert.X509Certificate;

/** A certificate issued by itself: same subject and issuer, and its signature verifies with its own key. */
final class SelfSigned {

    private SelfSigned() {
    }

    static boolean test(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                && Signatures.verifies(certificate, certificate);
    }
}
