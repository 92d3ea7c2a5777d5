package org.stationconfig.certificates;

import java.io.IOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A TLS server on 127.0.0.1 standing in for the central system: presents the given certificate, optionally
 * demands a client certificate from the given CA, and writes one byte to each client whose handshake succeeds.
 */
public final class LoopbackTlsServer implements AutoCloseable {

    public static final int GREETING = '1';
    private static final char[] PASSWORD = "test".toCharArray();

    private final SSLServerSocket serverSocket;
    private final ExecutorService acceptor = Executors.newSingleThreadExecutor();
    private final AtomicReference<String> lastClientSubject = new AtomicReference<>();

    private LoopbackTlsServer(SSLServerSocket serverSocket) {
        this.serverSocket = serverSocket;
        acceptor.execute(this::serve);
    }

    /** {@code clientCa} null: no client certificate asked; otherwise one is required (security profile 3). */
    public static LoopbackTlsServer start(Issued server, X509Certificate[] serverChain, Issued clientCa,
                                   String[] protocols, String[] suites) throws GeneralSecurityException, IOException {
        KeyStore identity = KeyStore.getInstance("PKCS12");
        identity.load(null, null);
        identity.setKeyEntry("server", server.keyPair().getPrivate(), PASSWORD, serverChain);
        KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
        keys.init(identity, PASSWORD);
        TrustManagerFactory trust = null;
        if (clientCa != null) {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            anchors.setCertificateEntry("client-ca", clientCa.certificate());
            trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(anchors);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
        SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 10, InetAddress.getLoopbackAddress());
        socket.setNeedClientAuth(clientCa != null);
        if (protocols != null) {
            socket.setEnabledProtocols(protocols);
        }
        if (suites != null) {
            socket.setEnabledCipherSuites(suites);
        }
        return new LoopbackTlsServer(socket);
    }

    public static LoopbackTlsServer start(Issued server, Issued... chainAbove) throws GeneralSecurityException, IOException {
        return start(server, chain(server, chainAbove), null, null, null);
    }

    public static X509Certificate[] chain(Issued leaf, Issued... above) {
        X509Certificate[] chain = new X509Certificate[above.length + 1];
        chain[0] = leaf.certificate();
        for (int i = 0; i < above.length; i++) {
            chain[i + 1] = above[i].certificate();
        }
        return chain;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    public String lastClientSubject() {
        return lastClientSubject.get();
    }

    private void serve() {
        while (!serverSocket.isClosed()) {
            try (SSLSocket client = (SSLSocket) serverSocket.accept()) {
                client.setSoTimeout(5_000);
                client.startHandshake();
                if (serverSocket.getNeedClientAuth()) {
                    lastClientSubject.set(((X509Certificate) client.getSession().getPeerCertificates()[0])
                            .getSubjectX500Principal().getName());
                }
                client.getOutputStream().write(GREETING);
                client.getOutputStream().flush();
                client.getInputStream().read(); // wait for the client to close
            } catch (IOException handshakeRefusedOrClosed) {
                // the client sees the alert; the server just takes the next connection
            }
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        acceptor.shutdownNow();
    }
}
