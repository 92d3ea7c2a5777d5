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
        StationTlsContext context = StationTlsContext.build(roots, identity);
        try (SSLSocket socket = context.connect(uri.getHost(), port(uri), timeout)) {
            confirm(socket, uri.getHost());
            context.lastServerChain().ifPresent(chain -> memory.remember(uri, chain, now));
            return Optional.empty();
        } catch (IOException | RuntimeException failed) {
            Optional<TlsFailure> failure = TlsFailureClassifier.classify(failed, context);
            LOG.info("TLS check of {}:{}: {}", uri.getHost(), port(uri),
                    failure.map(f -> f.code() + " (" + f.detail() + ")").orElse("not a TLS failure: " + failed));
            return failure;
        }
    }

    /**
     * In TLS 1.3 a server refuses a client certificate only after the handshake: ask for something and read the
     * first byte of the answer, which is then that refusal. A server that says nothing in time has accepted us.
     */
    private static void confirm(SSLSocket socket, String host) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("HEAD / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        try {
            in.read();
        } catch (SocketTimeoutException silent) {
            // the handshake is complete and nothing was refused
        }
    }

    static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "ws".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }
}
