package org.stationconfig.certificates;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.CertPathTrustManagerParameters;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The station's TLS client for security profiles 2 and 3: trusts exactly the installed roots (never the JVM's
 * default store), presents the station certificate in profile 3, offers TLS 1.2/1.3 with {@link TlsProfile}'s
 * suites and verifies the host name. Build a new one when certificates change; it applies at the next connection.
 */
public final class StationTlsContext {

    /** Protects the in-memory key store only; it is never written anywhere. */
    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();

    private final SSLContext context;
    private final ServerChainRecorder recorder;

    private StationTlsContext(SSLContext context, ServerChainRecorder recorder) {
        this.context = context;
        this.recorder = recorder;
    }

    /** Profile 2 when {@code client} is null; profile 3 with the station chain (leaf first) and its key. */
    public static StationTlsContext build(List<X509Certificate> roots, CertificateMaterial client) {
        return build(roots, client, null);
    }

    /**
     * As {@link #build(List, CertificateMaterial)}, judging certificate validity at {@code validAt}: the station's
     * clock, which with {@code clockSource} CSMS is the central system's time, not the host's (SPEC §5). Null = now.
     */
    public static StationTlsContext build(List<X509Certificate> roots, CertificateMaterial client, Instant validAt) {
        TlsMaterial.requireRoots(roots);
        try {
            ServerChainRecorder recorder = new ServerChainRecorder(trustManager(roots, validAt));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(client == null ? null : keyManagers(client), new TrustManager[] {recorder},
                    new SecureRandom());
            return new StationTlsContext(context, recorder);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("The TLS material cannot be loaded: " + e.getMessage(), e);
        }
    }

    public SSLContext sslContext() {
        return context;
    }

    /** Versions, suites and host name verification; apply to every socket or engine made from the context. */
    public SSLParameters parameters() {
        SSLParameters supported = context.getSupportedSSLParameters();
        SSLParameters parameters = new SSLParameters(TlsProfile.supportedSuites(supported.getCipherSuites()),
                TlsProfile.supportedProtocols(supported.getProtocols()));
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // whitepaper A00.FR.308/412: the certificate names the host
        parameters.setUseCipherSuitesOrder(true);
        return parameters;
    }

    /** A client engine for host:port with {@link #parameters()} applied (host is used for SNI and name checks). */
    public SSLEngine engine(String host, int port) {
        SSLEngine engine = context.createSSLEngine(host, port);
        engine.setUseClientMode(true);
        engine.setSSLParameters(parameters());
        return engine;
    }

    /** Connects, then completes the handshake; a failure is classified by {@link TlsFailureClassifier}. */
    public SSLSocket connect(String host, int port, Duration timeout) throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(host, port), Math.toIntExact(timeout.toMillis()));
            plain.setSoTimeout(Math.toIntExact(timeout.toMillis()));
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
            socket.setSSLParameters(parameters());
            socket.startHandshake();
            return socket;
        } catch (IOException | RuntimeException failed) {
            plain.close();
            throw failed;
        }
    }

    /** The chain the server presented in the latest handshake, for the status and error messages. */
    public Optional<List<X509Certificate>> lastServerChain() {
        return recorder.lastChain();
    }

    private static X509ExtendedTrustManager trustManager(List<X509Certificate> roots, Instant validAt)
            throws GeneralSecurityException, IOException {
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        for (int i = 0; i < roots.size(); i++) {
            anchors.setCertificateEntry("root-" + i, roots.get(i));
        }
        PKIXBuilderParameters path = new PKIXBuilderParameters(anchors, new X509CertSelector());
        path.setRevocationEnabled(false); // as the default PKIX trust manager: a station often cannot reach CRL/OCSP
        if (validAt != null) {
            path.setDate(Date.from(validAt));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
        factory.init(new CertPathTrustManagerParameters(path)); // only these anchors, never the JVM's cacerts
        return (X509ExtendedTrustManager) factory.getTrustManagers()[0];
    }

    private static KeyManager[] keyManagers(CertificateMaterial client) throws GeneralSecurityException, IOException {
        KeyStore identity = KeyStore.getInstance("PKCS12");
        identity.load(null, null);
        identity.setKeyEntry("station", client.key().orElseThrow(() -> new IllegalArgumentException(
                "Security profile 3 needs the station certificate's private key")), IN_MEMORY_PASSWORD,
                client.certificates().toArray(X509Certificate[]::new));
        KeyManagerFactory factory = KeyManagerFactory.getInstance("PKIX");
        factory.init(identity, IN_MEMORY_PASSWORD);
        return factory.getKeyManagers();
    }
}
