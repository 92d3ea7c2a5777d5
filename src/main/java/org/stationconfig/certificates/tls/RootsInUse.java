package org.stationconfig.certificates.tls;

import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.TrustAnchors;
import org.stationconfig.certificates.store.InstalledCertificate;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/**
 * Whether a central-system root is the one in use (whitepaper M04.FR.06: it cannot be deleted). Only with security
 * profile 2 or 3, and only a valid root: the only valid one is in use; of several, the ones anchoring the chain the
 * central system presented in the last successful handshake. When no chain is known, every valid root counts as in
 * use, so rotation never deletes the working root by guess.
 */
@Singleton
public class RootsInUse {

    private final ClientTlsSource source;
    private final ServerChainMemory memory;
    private final TlsProbe probe;
    private final SettingsStore settings;

    public RootsInUse(ClientTlsSource source, ServerChainMemory memory, TlsProbe probe, SettingsStore settings) {
        this.source = source;
        this.memory = memory;
        this.probe = probe;
        this.settings = settings;
    }

    /** From what the station already knows; for listings. */
    public boolean inUse(InstalledCertificate root, Instant now) {
        if (root.use() != CertificateUse.CENTRAL_SYSTEM_ROOT || !root.validAt(now) || profile() < 2) {
            return false;
        }
        List<InstalledCertificate> trusted = source.trustedRoots(now);
        if (trusted.size() <= 1) {
            return true;
        }
        return endpoint().flatMap(memory::lastFor)
                .map(seen -> root.chain().stream().anyMatch(anchor -> TrustAnchors.anchors(anchor, seen.chain())))
                .orElse(true);
    }

    /**
     * Before deleting: when several roots are valid, first looks at the chain the central system presents now
     * (a TLS handshake of at most about twice {@code timeout}; blocking).
     */
    public boolean inUseAfterCheck(InstalledCertificate root, Instant now, Duration timeout) {
        boolean undecided = root.use() == CertificateUse.CENTRAL_SYSTEM_ROOT && root.validAt(now) && profile() >= 2
                && source.trustedRoots(now).size() > 1;
        if (undecided) {
            endpoint().ifPresent(uri -> probe.probe(uri, profile(), timeout));
        }
        return inUse(root, now);
    }

    private int profile() {
        return settings.current().get(Setting.SECURITY_PROFILE);
    }

    private Optional<URI> endpoint() {
        SettingsSnapshot snapshot = settings.current();
        String url = snapshot.get(Setting.CENTRAL_SYSTEM_URL);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.strip());
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (IllegalArgumentException unusable) {
            return Optional.empty();
        }
    }
}
