package org.stationconfig.filetransfer;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.TestPki;

/**
 * A test server's TLS identity made with Bouncy Castle: a CA (what the station is told to trust) and a server
 * certificate it issued for 127.0.0.1, or a self-signed one nobody trusts.
 */
public record ServerTls(Issued ca, Issued server) {

    private static final char[] PASSWORD = "test".toCharArray();

    /** A server certificate for 127.0.0.1 and localhost issued by a fresh CA. */
    public static ServerTls issued(String name) {
        Issued ca = TestPki.ca(name + " CA").build();
        return new ServerTls(ca, TestPki.leaf("127.0.0.1").ip("127.0.0.1").dns("localhost").issuedBy(ca).build());
    }

    /** A self-signed certificate for 127.0.0.1: no trust store has it. */
    public static ServerTls untrusted(String name) {
        Issued self = TestPki.leaf("127.0.0.1").ip("127.0.0.1").build();
        return new ServerTls(self, self);
    }

    public SSLContext serverContext() {
        try {
            KeyStore identity = KeyStore.getInstance("PKCS12");
            identity.load(null, null);
            X509Certificate[] chain = ca == server ? new X509Certificate[] {server.certificate()}
                    : new X509Certificate[] {server.certificate(), ca.certificate()};
            identity.setKeyEntry("server", server.keyPair().getPrivate(), PASSWORD, chain);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(identity, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
