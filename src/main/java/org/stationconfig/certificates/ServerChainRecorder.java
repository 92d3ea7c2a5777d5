package org.stationconfig.certificates;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Delegates every decision to the JDK's PKIX trust manager, but remembers the chain the server presented so a
 * failure can name its subject and validity, and marks a trusted chain that fails only on the host name.
 */
final class ServerChainRecorder extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager delegate;
    private final AtomicReference<List<X509Certificate>> lastChain = new AtomicReference<>();

    ServerChainRecorder(X509ExtendedTrustManager delegate) {
        this.delegate = delegate;
    }

    Optional<List<X509Certificate>> lastChain() {
        return Optional.ofNullable(lastChain.get());
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        lastChain.set(List.of(chain));
        try {
            delegate.checkServerTrusted(chain, authType, socket); // path (A00.FR.307) and host name (A00.FR.308)
        } catch (CertificateException refused) {
            throw nameOnly(chain, authType, refused);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        lastChain.set(List.of(chain));
        try {
            delegate.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException refused) {
            throw nameOnly(chain, authType, refused);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        lastChain.set(List.of(chain));
        delegate.checkServerTrusted(chain, authType);
    }

    /** The path check alone passes → the failure was the host name check. */
    private CertificateException nameOnly(X509Certificate[] chain, String authType, CertificateException refused) {
        try {
            delegate.checkServerTrusted(chain, authType);
            return new ServerNameMismatchException(refused);
        } catch (CertificateException pathRefused) {
            return refused;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("The station is a TLS client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("The station is a TLS client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("The station is a TLS client only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
