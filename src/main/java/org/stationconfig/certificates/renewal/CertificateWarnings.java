package org.stationconfig.certificates.renewal;

import java.util.List;

/** The certificates in use that expire soon, for the status screen; the certificate store answers it. */
public interface CertificateWarnings {

    List<ExpiringCertificate> expiringSoon();
}
