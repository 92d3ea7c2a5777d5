package org.stationconfig.certificates;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What the WebSocket client's ClientSslConfiguration needs as "string:" resources (stack-notes §4):
 * the trusted roots, and for security profile 3 the station chain (leaf first) and its PKCS#8 key.
 * toString never prints the key.
 */
public record TlsMaterial(String trustAnchorsPem, String clientChainPem, String clientKeyPem) {

    /** Profile 2: the server is authenticated against exactly these roots. */
    public static TlsMaterial serverAuthentication(List<X509Certificate> roots) {
        requireRoots(roots);
        return new TlsMaterial(PemEncoding.certificates(roots), null, null);
    }

    /** Profile 3: as profile 2, plus the station certificate chain and its private key. */
    public static TlsMaterial mutualAuthentication(List<X509Certificate> roots, List<X509Certificate> clientChain,
                                                   PrivateKey clientKey) {
        requireRoots(roots);
        if (clientChain.isEmpty() || clientKey == null) {
            throw new IllegalArgumentException("Security profile 3 needs the ChargePointCertificate and its key");
        }
        return new TlsMaterial(PemEncoding.certificates(roots), PemEncoding.certificates(clientChain),
                PemEncoding.privateKey(clientKey));
    }

    public Optional<String> clientChain() {
        return Optional.ofNullable(clientChainPem);
    }

    public Optional<String> clientKey() {
        return Optional.ofNullable(clientKeyPem);
    }

    @Override
    public String toString() {
        return "TlsMaterial[trustAnchors=" + TlsMaterial.count(trustAnchorsPem) + " certificate(s), clientChain="
                + TlsMaterial.count(clientChainPem) + " certificate(s), clientKey=" + (clientKeyPem == null ? "none" : "set")
                + "]";
    }

    static void requireRoots(List<X509Certificate> roots) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("Security profiles 2 and 3 need a CentralSystemRootCertificate");
        }
    }

    private static int count(String pem) {
        return pem == null ? 0 : pem.split("-----BEGIN CERTIFICATE-----", -1).length - 1;
    }
}
