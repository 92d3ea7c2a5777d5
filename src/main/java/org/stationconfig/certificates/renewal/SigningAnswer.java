package org.stationconfig.certificates.renewal;

/** What the central system answered to the station's signing request (whitepaper A02.FR.04/05). */
public enum SigningAnswer {
    /** It will send the certificate with CertificateSigned. */
    Accepted,
    Rejected
}
