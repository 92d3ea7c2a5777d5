package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The text fallbacks, for failures seen through a client that does not use StationTlsContext (e.g. Netty). */
class TlsFailureClassifierTest {

    private static TlsFailureCode code(Throwable failure) {
        return TlsFailureClassifier.classify(failure, Optional.empty()).orElseThrow().code();
    }

    private static SSLHandshakeException handshake(String message, Throwable cause) {
        SSLHandshakeException failure = new SSLHandshakeException(message);
        failure.initCause(cause);
        return failure;
    }

    @Test
    void hostnameTextFromTheJdk() {
        assertEquals(TlsFailureCode.TLS_HOSTNAME_MISMATCH, code(handshake("No subject alternative DNS name matching "
                + "csms.example.com found.", new CertificateException("No subject alternative DNS name matching x found."))));
        assertEquals(TlsFailureCode.TLS_HOSTNAME_MISMATCH, code(handshake("x",
                new CertificateException("No subject alternative names matching IP address 10.0.0.1 found"))));
    }

    @Test
    void alertsFromTheServer() {
        assertEquals(TlsFailureCode.TLS_CLIENT_CERT_REFUSED, code(new SSLException("Received fatal alert: bad_certificate")));
        assertEquals(TlsFailureCode.TLS_CLIENT_CERT_REFUSED,
                code(new SSLHandshakeException("Received fatal alert: certificate_required")));
        TlsFailure version = TlsFailureClassifier.classify(
                new SSLHandshakeException("Received fatal alert: protocol_version"), Optional.empty()).orElseThrow();
        assertEquals(TlsFailureCode.TLS_PROTOCOL, version.code());
        assertEquals("InvalidTLSVersion", version.securityEvent());
        assertEquals(TlsFailureCode.TLS_PROTOCOL, code(new SSLHandshakeException("Received fatal alert: handshake_failure")));
    }

    /** A server that answers with TLS 1.0/1.1 instead of an alert: the JDK names the version it refused (A00.FR.315). */
    @Test
    void aServerChoosingAnOldVersionIsInvalidTlsVersion() {
        TlsFailure old = TlsFailureClassifier.classify(new SSLHandshakeException("The server selected protocol version "
                + "TLS10 is not accepted by client preferences [TLS13, TLS12]"), Optional.empty()).orElseThrow();
        assertEquals(TlsFailureCode.TLS_PROTOCOL, old.code());
        assertEquals(Optional.of("InvalidTLSVersion"), old.event());
    }

    @Test
    void plainTextOnATlsPortIsAProtocolFailure() {
        assertEquals(TlsFailureCode.TLS_PROTOCOL, code(new SSLException("Unsupported or unrecognized SSL message")));
    }

    @Test
    void notATlsFailure() {
        assertTrue(TlsFailureClassifier.classify(new ConnectException("Connection refused"), Optional.empty()).isEmpty());
    }

    @Test
    void everyCodeHasAMessageAndAHint() {
        for (TlsFailureCode code : TlsFailureCode.values()) {
            assertTrue(!code.message().isBlank() && !code.hint().isBlank(), code.name());
        }
        assertEquals(List.of("TLS_UNTRUSTED", "TLS_EXPIRED", "TLS_NOT_YET_VALID", "TLS_HOSTNAME_MISMATCH",
                "TLS_CLIENT_CERT_REFUSED", "TLS_PROTOCOL"),
                java.util.Arrays.stream(TlsFailureCode.values()).map(Enum::name).toList());
    }
}
