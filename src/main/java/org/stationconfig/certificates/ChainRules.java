package org.stationconfig.certificates;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** RFC 5280 §6.1 (whitepaper A00.FR.307): each certificate of an uploaded chain is signed by the next one. */
final class ChainRules {

    private ChainRules() {
    }

    /** Leaf first, each certificate issued by the next; the last may be a root or be issued by one not uploaded. */
    static Optional<Refusal> buildsInOrder(List<X509Certificate> chain) {
        Optional<Refusal> broken = firstBrokenLink(chain);
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        List<X509Certificate> reversed = new ArrayList<>(chain);
        Collections.reverse(reversed);
        return firstBrokenLink(reversed).isEmpty() ? Optional.of(Refusal.of(RefusalReason.CHAIN_ORDER)) : broken;
    }

    /** A trust-anchor upload ends in a self-signed root; a lone intermediate is not a root. */
    static Optional<Refusal> endsInSelfSignedRoot(List<X509Certificate> chain) {
        X509Certificate last = chain.get(chain.size() - 1);
        if (SelfSigned.test(last)) {
            return Optional.empty();
        }
        if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
            return Optional.of(Refusal.of(RefusalReason.CERTIFICATE_DAMAGED, "the root's own signature does not verify"));
        }
        return Optional.of(Refusal.of(chain.size() == 1 ? RefusalReason.ROOT_NOT_SELF_SIGNED : RefusalReason.CHAIN_BROKEN,
                "the last certificate (" + CertificateRules.subject(last) + ") is issued by "
                        + last.getIssuerX500Principal().getName() + ", which is not in the file"));
    }

    /** RFC 5280 §6.1.4 (k): every issuer in the chain is a CA. */
    static Optional<Refusal> issuersAreCas(List<X509Certificate> chain) {
        return chain.stream().skip(1).filter(c -> c.getBasicConstraints() < 0).findFirst()
                .map(c -> Refusal.of(RefusalReason.CHAIN_BROKEN, CertificateRules.subject(c) + " is not a CA"));
    }

    private static Optional<Refusal> firstBrokenLink(List<X509Certificate> chain) {
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate child = chain.get(i);
            X509Certificate issuer = chain.get(i + 1);
            boolean linked = child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
                    && Signatures.verifies(child, issuer);
            if (!linked) {
                return Optional.of(Refusal.of(RefusalReason.CHAIN_BROKEN, CertificateRules.subject(child)
                        + " is issued by " + child.getIssuerX500Principal().getName()
                        + ", but the next certificate is " + CertificateRules.subject(issuer)));
            }
        }
        return Optional.empty();
    }
}
