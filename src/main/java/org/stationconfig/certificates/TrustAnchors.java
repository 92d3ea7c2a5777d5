package org.stationconfig.certificates;

import java.security.cert.X509Certificate;
import java.util.List;

/** Which installed root a server's chain leads to: the one in the chain, or the one that signed its last certificate. */
public final class TrustAnchors {

    private TrustAnchors() {
    }

    /** Whether {@code root} anchors the chain a TLS server presented (leaf first). */
    public static boolean anchors(X509Certificate root, List<X509Certificate> serverChain) {
        for (X509Certificate certificate : serverChain) {
            if (certificate.equals(root)) {
                return true;
            }
            if (certificate.getIssuerX500Principal().equals(root.getSubjectX500Principal())
                    && Signatures.verifies(certificate, root)) {
                return true;
            }
        }
        return false;
    }
}
