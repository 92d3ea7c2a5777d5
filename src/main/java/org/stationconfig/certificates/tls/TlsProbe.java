package org.stationconfig.certificates.tls;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.certificates.CertificateDescription;
import org.stationconfig.certificates.CertificateMaterial;
import org.stationconfig.certificates.StationTlsContext;
import org.stationconfig.certificates.TlsFailure;
import org.stationconfig.certificates.TlsFailureClassifier;
import org.stationconfig.certificates.TlsFailureCode;

/**
 * A diagnostic TLS handshake with the central system using the same roots and station certificate as the
 * WebSocket client, for the dialer to call after a wss connection failed: the Netty client only reports an
 * exception, while this handshake sees the server's chain and can say why (untrusted, expired, host name, ...).
 * A successful handshake is remembered ({@link ServerChainMemory}) to tell which root the central system uses.
 */
@Singleton
public class TlsProbe {

    private static final Logger LOG = LoggerFactory.getLogger(TlsProbe.class);

    private final ClientTlsSource source;
    private final ServerChainMemory memory;

    public TlsProbe(ClientTlsSource source, ServerChainMemory memory) {
        this.source = source;
        this.memory = memory;
    }

    /**
     * Blocks for up to about twice {@code timeout}; never call it on the OCPP thread or an event loop.
     *
     * @return the classified failure; empty when the handshake succeeds, or when the failure is not TLS (DNS, TCP:
     *         the dialer's own diagnosis stands)
     */
    public Optional<TlsFailure> probe(URI uri, int securityProfile, Duration timeout) {
        Instant now = source.inUseNow();
        List<X509Certificate> roots = source.trustAnchors(now);
        if (roots.isEmpty()) {
            TlsFailureCode code = TlsFailureCode.TLS_UNTRUSTED;
            return Optional.of(new TlsFailure(code, code.message(), code.hint(),
                    "no valid CentralSystemRootCertificate is installed", null, null));
        }
        CertificateMaterial identity = securityProfile >= 3 ? source.stationIdentity(now).orElse(null) : null;
        StationTlsContext context = StationTlsContext.build(roots, identity, now);
        try (SSLSocket socket = context.connect(uri.getHost(), port(uri), timeout)) {
            Optional<TlsFailure> refused = afterHandshake(socket, uri.getHost(), identity != null, context);
            if (refused.isEmpty()) {
                context.lastServerChain().ifPresent(chain -> memory.remember(uri, chain, now));
            }
            return logged(uri, refused, null);
        } catch (IOException | RuntimeException failed) {
            Optional<TlsFailure> classified = TlsFailureClassifier.classify(failed, context);
            if (classified.filter(TlsProbe::mayBeTheSuites).isPresent()) {
                Optional<TlsFailure> legacy = LegacyCipherSuites.onlyLegacy(context.sslContext(), uri.getHost(), port(uri),
                        timeout);
                if (legacy.isPresent()) {
                    return logged(uri, legacy, failed);
                }
            }
            return logged(uri, classified, failed);
        }
    }

    /** A protocol failure that is not about the version: the server may accept only legacy suites. */
    private static boolean mayBeTheSuites(TlsFailure failure) {
        return failure.code() == TlsFailureCode.TLS_PROTOCOL && failure.event().isEmpty();
    }

    /**
     * In TLS 1.3 a server refuses a client certificate only after the handshake: ask for something and read the
     * first byte of the answer, which is then that refusal. A server that says nothing in time has accepted us.
     * A TLS 1.3 server that drops the connection at once after we presented our certificate has refused it too
     * (its alert may be lost to the reset).
     */
    private static Optional<TlsFailure> afterHandshake(SSLSocket socket, String host, boolean presentedCertificate,
                                                       StationTlsContext context) {
        boolean tls13 = "TLSv1.3".equals(socket.getSession().getProtocol());
        try {
            OutputStream out = socket.getOutputStream();
            out.write(("HEAD / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            if (in.read() == -1 && presentedCertificate && tls13) {
                return Optional.of(clientCertificateRefused("closed right after the handshake", context));
            }
            return Optional.empty();
        } catch (SocketTimeoutException silent) {
            return Optional.empty(); // the handshake is complete and nothing was refused
        } catch (IOException dropped) {
            Optional<TlsFailure> classified = TlsFailureClassifier.classify(dropped, context);
            if (classified.isPresent() || !(presentedCertificate && tls13)) {
                return classified;
            }
            return Optional.of(clientCertificateRefused(String.valueOf(dropped.getMessage()), context));
        }
    }

    private static TlsFailure clientCertificateRefused(String detail, StationTlsContext context) {
        TlsFailureCode code = TlsFailureCode.TLS_CLIENT_CERT_REFUSED;
        CertificateDescription server = context.lastServerChain().filter(chain -> !chain.isEmpty())
                .map(chain -> CertificateDescription.of(chain.get(0))).orElse(null);
        return new TlsFailure(code, code.message(), code.hint(), detail, server, null);
    }

    private static Optional<TlsFailure> logged(URI uri, Optional<TlsFailure> failure, Throwable cause) {
        if (failure.isPresent() || cause != null) {
            LOG.info("TLS check of {}:{}: {}", uri.getHost(), port(uri), failure.map(f -> f.code() + " (" + f.detail()
                    + ")").orElse("not a TLS failure: " + cause));
        }
        return failure;
    }

    static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "ws".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }
}
