package org.stationconfig.certificates;

import java.util.Optional;

/**
 * A classified TLS failure: code, message and hint for the status screen, the low-level detail for the log,
 * the server certificate when it was seen, and the whitepaper security event to send, if any.
 */
public record TlsFailure(TlsFailureCode code, String message, String hint, String detail,
                         CertificateDescription serverCertificate, String securityEvent) {

    public Optional<CertificateDescription> server() {
        return Optional.ofNullable(serverCertificate);
    }

    public Optional<String> event() {
        return Optional.ofNullable(securityEvent);
    }
}
