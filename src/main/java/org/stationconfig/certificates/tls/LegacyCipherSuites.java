package org.stationconfig.certificates.tls;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.stationconfig.certificates.TlsFailure;
import org.stationconfig.certificates.TlsFailureCode;
import org.stationconfig.certificates.TlsProfile;

/**
 * Finds out whether a central system that refused the station's TLS offer speaks only suites the whitepaper rules out
 * (CBC, static RSA key exchange with CBC, ...): one more handshake offering only those, over TLS 1.2, that is closed
 * as soon as the server has chosen. It sends no data and no credentials. Whitepaper A00.FR.322: the station then
 * raises InvalidTLSCipherSuite and does not connect.
 */
final class LegacyCipherSuites {

    static final String INVALID_TLS_CIPHER_SUITE = "InvalidTLSCipherSuite";

    private LegacyCipherSuites() {
    }

    /** The failure to report when the server takes a legacy suite; empty when it does not (or cannot be reached). */
    static Optional<TlsFailure> onlyLegacy(SSLContext context, String host, int port, Duration timeout) {
        String[] legacy = Arrays.stream(context.getSupportedSSLParameters().getCipherSuites())
                .filter(suite -> !TlsProfile.CIPHER_SUITES.contains(suite) && !suite.endsWith("_SCSV"))
                .toArray(String[]::new);
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), Math.toIntExact(timeout.toMillis()));
            plain.setSoTimeout(Math.toIntExact(timeout.toMillis()));
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, false)) {
                SSLParameters parameters = new SSLParameters(legacy, new String[] {"TLSv1.2"});
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                return Optional.of(failure(socket.getSession().getCipherSuite()));
            }
        } catch (SSLHandshakeException refused) {
            // past the choice of suite the server's certificate was checked: it chose one of ours, a legacy one
            return refused.getCause() instanceof java.security.cert.CertificateException
                    ? Optional.of(failure(null)) : Optional.empty();
        } catch (IOException | RuntimeException unreachable) {
            return Optional.empty();
        }
    }

    private static TlsFailure failure(String chosen) {
        String message = "The central system offers only TLS cipher suites the security whitepaper does not allow"
                + (chosen == null ? " (CBC or static RSA suites)" : " (it chose " + chosen + ")");
        String hint = "Ask the central system's operator to enable TLS 1.2 or 1.3 with AES-GCM suites; the station "
                + "offers " + String.join(", ", TlsProfile.CIPHER_SUITES) + ".";
        return new TlsFailure(TlsFailureCode.TLS_PROTOCOL, message, hint, message, null, INVALID_TLS_CIPHER_SUITE);
    }
}
