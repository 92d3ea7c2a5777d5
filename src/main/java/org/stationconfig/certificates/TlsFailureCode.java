package org.stationconfig.certificates;

/** Why a TLS handshake with the central system failed (SPEC §4 lastError, stage TLS), with what to change. */
public enum TlsFailureCode {
    TLS_UNTRUSTED("The central system's certificate is not issued by an installed root certificate",
            "Install the root certificate of the central system's CA as CentralSystemRootCertificate, or check the URL"),
    TLS_EXPIRED("The central system's certificate has expired",
            "Ask the central system's operator to renew its certificate, and check the station's date and time"),
    TLS_NOT_YET_VALID("The central system's certificate is not valid yet",
            "Check the station's date and time; the certificate becomes valid later than the station's clock says"),
    TLS_HOSTNAME_MISMATCH("The central system's certificate is issued for another host name",
            "Use the host name the certificate names in the URL (an IP address only if the certificate lists it)"),
    TLS_CLIENT_CERT_REFUSED("The central system refused the station's certificate",
            "Install a ChargePointCertificate from the CA the central system trusts (CN = serial number, O = CPO name)"),
    TLS_PROTOCOL("The TLS handshake failed: no common TLS version or cipher suite, or the server is not TLS",
            "The central system must offer TLS 1.2 or 1.3 with AES-GCM suites; check the URL and port are the wss endpoint");

    private final String message;
    private final String hint;

    TlsFailureCode(String message, String hint) {
        this.message = message;
        this.hint = hint;
    }

    public String message() {
        return message;
    }

    public String hint() {
        return hint;
    }
}
