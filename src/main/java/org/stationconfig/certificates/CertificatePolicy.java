package org.stationconfig.certificates;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the station accepts as a root or as its own certificate (SPEC §6, whitepaper A00, A02, M05).
 * Time is a parameter so tests and a CSMS-synchronised clock decide what "now" is.
 */
public final class CertificatePolicy {

    public static final Duration DEFAULT_EXPIRY_WARNING = Duration.ofDays(30);
    /** Station certificate, up to three sub-CAs and the root: every deployed V2G/CPO PKI fits, a chain bomb does not. */
    public static final int MAX_CHAIN_LENGTH = 5;

    private final Duration expiryWarning;

    public CertificatePolicy() {
        this(DEFAULT_EXPIRY_WARNING);
    }

    public CertificatePolicy(Duration expiryWarning) {
        this.expiryWarning = expiryWarning;
    }

    /** The rules for the use the upload (or OCPP message) names. */
    public Verdict check(CertificateUse use, CertificateMaterial material, ExpectedSubject expected, Instant now) {
        if (use.isRoot()) {
            if (material.key().isPresent()) { // a CA's private key never belongs on a station
                return Verdict.refused(Refusal.of(RefusalReason.WRONG_CONTENT,
                        "a private key; a root certificate is installed without its key"));
            }
            return checkRoot(material.certificates(), now);
        }
        return checkChargePoint(material.certificates(), material.privateKey(), expected, now);
    }

    /**
     * CentralSystemRootCertificate / ManufacturerRootCertificate: one self-signed root, or CA certificates
     * ending in their root. A root that is not yet valid is kept with a warning (root rotation, SPEC §6).
     */
    public Verdict checkRoot(List<X509Certificate> certificates, Instant now) {
        if (certificates.isEmpty()) {
            return Verdict.refused(Refusal.of(RefusalReason.NOT_A_CERTIFICATE));
        }
        if (certificates.size() > MAX_CHAIN_LENGTH) {
            return tooMany(certificates);
        }
        Optional<Refusal> order = ChainRules.buildsInOrder(certificates);
        if (order.filter(r -> r.reason() == RefusalReason.CHAIN_ORDER).isPresent()) {
            return Verdict.refused(order.get());
        }
        Findings findings = new Findings();
        for (X509Certificate certificate : certificates) {
            findings.refuse(CertificateRules.version3(certificate));
            findings.refuse(CertificateRules.isCa(certificate));
            findings.refuse(CertificateRules.mayCertify(certificate));
            findings.refuse(CertificateRules.strongKey(certificate));
            findings.refuse(CertificateRules.notExpired(certificate, now));
            findings.warn(CertificateRules.expiresSoon(certificate, now, expiryWarning));
            if (CertificateRules.notYetValid(certificate, now)) {
                findings.warn(new Warning(Warning.Kind.NOT_YET_VALID, "The root becomes valid on "
                        + certificate.getNotBefore().toInstant() + "; it is stored and trusted from then on"));
            }
        }
        certificates.stream().limit(certificates.size() - 1L).forEach(c -> findings.refuse(CertificateRules.strongSignature(c)));
        findings.refuse(order);
        if (findings.refusals.isEmpty()) {
            findings.refuse(ChainRules.endsInSelfSignedRoot(certificates));
        }
        return findings.verdict();
    }

    /**
     * ChargePointCertificate (upload or CertificateSigned, A02.FR.06): an end-entity certificate with its
     * private key, optionally followed by sub-CAs. Not yet valid → stored and switched to later (A02.FR.08–10).
     */
    public Verdict checkChargePoint(List<X509Certificate> chain, PrivateKey key, ExpectedSubject expected, Instant now) {
        if (chain.isEmpty()) {
            return Verdict.refused(Refusal.of(RefusalReason.NOT_A_CERTIFICATE));
        }
        if (chain.size() > MAX_CHAIN_LENGTH) {
            return tooMany(chain);
        }
        Optional<Refusal> order = ChainRules.buildsInOrder(chain);
        if (order.filter(r -> r.reason() == RefusalReason.CHAIN_ORDER).isPresent()) {
            return Verdict.refused(order.get()); // the first certificate is not the leaf: other findings would mislead
        }
        Findings findings = new Findings();
        X509Certificate leaf = chain.get(0);
        findings.refuse(CertificateRules.isLeaf(leaf));
        findings.refuse(CertificateRules.mayAuthenticateClient(leaf));
        findings.refuse(CertificateRules.expectedSubject(leaf, expected));
        for (X509Certificate certificate : chain) {
            findings.refuse(CertificateRules.version3(certificate));
            findings.refuse(CertificateRules.strongKey(certificate));
            findings.refuse(CertificateRules.notExpired(certificate, now));
            findings.warn(CertificateRules.expiresSoon(certificate, now, expiryWarning));
            if (!SelfSigned.test(certificate)) {
                findings.refuse(CertificateRules.strongSignature(certificate));
            }
        }
        findings.refuse(order);
        findings.refuse(ChainRules.issuersAreCas(chain));
        chain.stream().skip(1).forEach(issuer -> findings.refuse(CertificateRules.mayCertify(issuer)));
        if (key == null) {
            findings.refuse(Optional.of(Refusal.of(RefusalReason.KEY_MISSING)));
        } else if (!KeyMatch.belongsTo(key, leaf)) {
            findings.refuse(Optional.of(Refusal.of(RefusalReason.KEY_MISMATCH)));
        }
        chain.stream().filter(c -> CertificateRules.notYetValid(c, now)).findFirst().ifPresent(c ->
                findings.warn(new Warning(Warning.Kind.SWITCH_WHEN_VALID, "The certificate becomes valid on "
                        + c.getNotBefore().toInstant() + "; the station keeps the current one until then")));
        return findings.verdict();
    }

    private static Verdict tooMany(List<X509Certificate> certificates) {
        return Verdict.refused(Refusal.of(RefusalReason.TOO_MANY_CERTIFICATES,
                certificates.size() + ", at most " + MAX_CHAIN_LENGTH));
    }

    /** Collects refusals and warnings without repeating the same sentence for several certificates. */
    private static final class Findings {
        private final List<Refusal> refusals = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();

        void refuse(Optional<Refusal> refusal) {
            refusal.filter(r -> !refusals.contains(r)).ifPresent(refusals::add);
        }

        void warn(Optional<Warning> warning) {
            warning.ifPresent(this::warn);
        }

        void warn(Warning warning) {
            if (!warnings.contains(warning)) {
                warnings.add(warning);
            }
        }

        Verdict verdict() {
            return new Verdict(refusals, warnings);
        }
    }
}
