package org.stationconfig.certificates.api;

import jakarta.inject.Singleton;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.stationconfig.certificates.CertificateHashData;
import org.stationconfig.certificates.CertificatePolicy;
import org.stationconfig.certificates.HashAlgorithm;
import org.stationconfig.certificates.Warning;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.certificates.store.CertificatesInUse;
import org.stationconfig.certificates.store.InstalledCertificate;
import org.stationconfig.certificates.tls.RootsInUse;

/** Builds the app's view of installed certificates at the station's time. */
@Singleton
public class CertificateViews {

    private final CertificateStore store;
    private final CertificatesInUse inUse;
    private final RootsInUse rootsInUse;

    public CertificateViews(CertificateStore store, CertificatesInUse inUse, RootsInUse rootsInUse) {
        this.store = store;
        this.inUse = inUse;
        this.rootsInUse = rootsInUse;
    }

    public List<CertificateView> all() {
        Instant now = inUse.now();
        List<X509Certificate> known = knownCertificates();
        return store.all().stream().map(c -> view(c, now, known, List.of())).toList();
    }

    /** One certificate; {@code extra} are the install's warnings, shown besides the current ones. */
    public CertificateView of(InstalledCertificate certificate, List<Warning> extra) {
        return view(certificate, inUse.now(), knownCertificates(), extra);
    }

    private CertificateView view(InstalledCertificate c, Instant now, List<X509Certificate> known, List<Warning> extra) {
        boolean used = c.use().isRoot() ? rootsInUse.inUse(c, now) : inUse.isStationCertificateInUse(c, now);
        CertificateView.HashDataView hash = CertificateHashData.ofInstalled(c.certificate(), known, HashAlgorithm.SHA256)
                .map(h -> new CertificateView.HashDataView(h.hashAlgorithm().name(), h.issuerNameHash(),
                        h.issuerKeyHash(), h.serialNumber()))
                .orElse(null);
        return new CertificateView(c.id(), c.use().ocppName(), c.row().subject(), c.row().issuer(),
                c.row().serialNumber(), c.row().notBefore(), c.row().notAfter(), c.fingerprint(), c.row().keyAlgorithm(),
                c.row().keySize(), c.validity(now).name(), used, c.hasPrivateKey(), c.chain().size(),
                c.row().installedAt(), c.row().installedBy(), hash, warnings(c, now, extra));
    }

    private static List<CertificateView.WarningView> warnings(InstalledCertificate c, Instant now, List<Warning> extra) {
        List<CertificateView.WarningView> warnings = new ArrayList<>();
        extra.forEach(w -> warnings.add(new CertificateView.WarningView(w.kind().name(), w.message())));
        if (c.withdrawn()) {
            warnings.add(new CertificateView.WarningView(Warning.Kind.WITHDRAWN.name(), "Not presented any more: "
                    + c.row().withdrawnReason() + ". Delete it and upload it again to try it once more."));
        }
        if (c.expiresWithin(CertificatePolicy.DEFAULT_EXPIRY_WARNING, now) && warnings.stream().noneMatch(w -> w.kind().equals(Warning.Kind.EXPIRES_SOON.name()))) {
            warnings.add(new CertificateView.WarningView(Warning.Kind.EXPIRES_SOON.name(), "The certificate expires on "
                    + c.row().notAfter() + ": install its successor before then"));
        }
        return warnings;
    }

    /** Every certificate the store holds, chains included: the issuers hash data can name. */
    private List<X509Certificate> knownCertificates() {
        return store.all().stream().flatMap(c -> c.chain().stream()).toList();
    }
}
