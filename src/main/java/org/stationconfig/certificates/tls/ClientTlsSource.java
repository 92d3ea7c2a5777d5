package org.stationconfig.certificates.tls;

import jakarta.inject.Singleton;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.stationconfig.certificates.CertificateMaterial;
import org.stationconfig.certificates.StationTlsContext;
import org.stationconfig.certificates.TlsMaterial;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.certificates.store.CertificatesInUse;
import org.stationconfig.certificates.store.InstalledCertificate;

/**
 * The TLS material for the central-system WebSocket, built from the store at each call so a new root or station
 * certificate applies at the next connection without a restart (SPEC §6). Trusts exactly the valid
 * CentralSystemRootCertificates (never the JVM's store); profile 3 adds the station certificate in use and its key.
 */
@Singleton
public class ClientTlsSource {

    private final CertificatesInUse inUse;
    private final CertificateStore store;

    public ClientTlsSource(CertificatesInUse inUse, CertificateStore store) {
        this.inUse = inUse;
        this.store = store;
    }

    /**
     * Empty for profiles 0 and 1 (no TLS), and when the profile's certificates are missing (whitepaper A05.FR.03/04;
     * the station does not dial then).
     */
    public Optional<TlsMaterial> forProfile(int securityProfile) {
        return credentials(securityProfile).map(c -> c.identity() == null ? TlsMaterial.serverAuthentication(c.roots())
                : TlsMaterial.mutualAuthentication(c.roots(), c.identity().certificates(), c.identity().privateKey()));
    }

    /**
     * The TLS client the live link and the connection test dial with: the profile's material from
     * {@link #forProfile(int)}, the whitepaper's versions and suites, and certificate validity judged by the station's
     * clock (SPEC §5 {@code clockSource}). Empty when {@link #forProfile(int)} is.
     */
    public Optional<StationTlsContext> contextForProfile(int securityProfile) {
        return credentials(securityProfile).map(c -> StationTlsContext.build(c.roots(), c.identity(), c.now()));
    }

    /** What a profile dials with: the roots, and on profile 3 the station's identity (null on profile 2). */
    private record Credentials(List<X509Certificate> roots, CertificateMaterial identity, Instant now) {
    }

    private Optional<Credentials> credentials(int securityProfile) {
        if (securityProfile < 2) {
            return Optional.empty();
        }
        Instant now = inUse.now();
        List<X509Certificate> roots = trustAnchors(now);
        if (roots.isEmpty()) {
            return Optional.empty();
        }
        if (securityProfile == 2) {
            return Optional.of(new Credentials(roots, null, now));
        }
        return stationIdentity(now).map(identity -> new Credentials(roots, identity, now));
    }

    /** Every certificate of every valid central-system root entry (a root, or a CA followed by its root). */
    List<X509Certificate> trustAnchors(Instant now) {
        return inUse.trustedRoots(now).stream().flatMap(root -> root.chain().stream()).toList();
    }

    /** The station certificate in use with its chain (leaf first) and private key. */
    Optional<CertificateMaterial> stationIdentity(Instant now) {
        return inUse.stationCertificate(now).flatMap(store::withPrivateKey);
    }

    Instant inUseNow() {
        return inUse.now();
    }

    /** The roots as installed entries, for deciding which one anchors the central system. */
    List<InstalledCertificate> trustedRoots(Instant now) {
        return inUse.trustedRoots(now);
    }
}
