package org.stationconfig.certificates;

import java.security.cert.CertificateException;

/** The server's chain is trusted, but the certificate names another host (whitepaper A00.FR.308/412). */
public class ServerNameMismatchException extends CertificateException {

    public ServerNameMismatchException(CertificateException cause) {
        super(cause.getMessage(), cause);
    }
}
