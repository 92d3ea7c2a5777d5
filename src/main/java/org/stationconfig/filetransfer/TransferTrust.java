package org.stationconfig.filetransfer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.stationconfig.certificates.store.CertificatesInUse;

/**
 * Which servers HTTPS and FTPS transfers trust: the JVM's default trust store (public firmware and log servers)
 * plus the station's valid CentralSystemRootCertificates (a CPO's own server). Built at each transfer, so a root
 * installed or deleted applies to the next one.
 */
@Singleton
public class TransferTrust {

    private final Supplier<List<X509Certificate>> stationRoots;
    private volatile X509Certificate[] jvmRoots;

    @Inject
    public TransferTrust(CertificatesInUse inUse) {
        this(() -> inUse.trustedRoots(inUse.now()).stream().flatMap(root -> root.chain().stream()).toList());
    }

    /** For tests: the station's roots from elsewhere. */
    TransferTrust(Supplier<List<X509Certificate>> stationRoots) {
        this.stationRoots = stationRoots;
    }

    public SSLContext sslContext() throws GeneralSecurityException {
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        try {
            anchors.load(null, null);
        } catch (IOException impossible) { // an empty in-memory store reads nothing
            throw new GeneralSecurityException(impossible);
        }
        X509Certificate[] jvm = jvmRoots();
        for (int i = 0; i < jvm.length; i++) {
            anchors.setCertificateEntry("jvm-" + i, jvm[i]);
        }
        List<X509Certificate> roots = stationRoots.get();
        for (int i = 0; i < roots.size(); i++) {
            anchors.setCertificateEntry("central-system-root-" + i, roots.get(i));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(anchors);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private X509Certificate[] jvmRoots() throws GeneralSecurityException {
        X509Certificate[] known = jvmRoots;
        if (known == null) {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null); // null: the JVM's default trust store (cacerts, javax.net.ssl.trustStore)
            known = Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                    .map(X509TrustManager.class::cast).flatMap(manager -> Arrays.stream(manager.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
            jvmRoots = known;
        }
        return known;
    }
}
