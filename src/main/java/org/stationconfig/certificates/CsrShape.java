package org.stationconfig.certificates;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** Whether DER bytes are a PKCS#10 certificate signing request. */
final class CsrShape {

    private CsrShape() {
    }

    static boolean test(byte[] der) {
        try {
            new PKCS10CertificationRequest(der);
            return true;
        } catch (java.io.IOException | RuntimeException notCsr) {
            return false;
        }
    }
}
