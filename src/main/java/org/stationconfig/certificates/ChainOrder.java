package org.stationconfig.certificates;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Puts certificates from an unordered container (PKCS#12) in TLS order: the key's certificate, then its issuers. */
final class ChainOrder {

    private ChainOrder() {
    }

    /** Leaf first, each next certificate the issuer of the previous; unrelated certificates last, in file order. */
    static List<X509Certificate> leafFirst(PrivateKey key, List<X509Certificate> certificates) {
        Optional<X509Certificate> leaf = certificates.stream().filter(c -> KeyMatch.belongsTo(key, c)).findFirst();
        if (leaf.isEmpty()) {
            return certificates;
        }
        List<X509Certificate> remaining = new ArrayList<>(certificates);
        List<X509Certificate> ordered = new ArrayList<>();
        X509Certificate current = leaf.get();
        while (current != null) {
            remaining.remove(current);
            ordered.add(current);
            current = issuerOf(current, remaining).orElse(null);
        }
        ordered.addAll(remaining);
        return ordered;
    }

    static Optional<X509Certificate> issuerOf(X509Certificate certificate, List<X509Certificate> candidates) {
        if (SelfSigned.test(certificate)) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(candidate -> candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .findFirst();
    }
}
