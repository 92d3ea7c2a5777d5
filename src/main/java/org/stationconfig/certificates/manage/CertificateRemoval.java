package org.stationconfig.certificates.manage;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.stationconfig.auth.Actor;
import org.stationconfig.audit.Source;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.store.CertificateChanges;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.certificates.store.CertificatesInUse;
import org.stationconfig.certificates.store.InstalledCertificate;
import org.stationconfig.certificates.tls.RootsInUse;
import org.stationconfig.settings.PermissionMatrix;

/**
 * Deletes a certificate when the permission data lets the actor delete its use, and unless it is needed: never the root in use (M04.FR.06) or the station certificate in use,
 * and over OCPP never a ChargePointCertificate at all (M04.FR.05). Blocking: deciding about one of several roots
 * may take a TLS handshake with the central system.
 */
@Singleton
public class CertificateRemoval {

    static final Duration ROOT_CHECK_TIMEOUT = Duration.ofSeconds(5);

    private final CertificateStore store;
    private final CertificatesInUse inUse;
    private final RootsInUse rootsInUse;
    private final CertificateChanges changes;
    private final PermissionMatrix permissions;

    public CertificateRemoval(CertificateStore store, CertificatesInUse inUse, RootsInUse rootsInUse,
                              CertificateChanges changes, PermissionMatrix permissions) {
        this.permissions = permissions;
        this.store = store;
        this.inUse = inUse;
        this.rootsInUse = rootsInUse;
        this.changes = changes;
    }

    public RemovalOutcome remove(long id, Actor actor) {
        if (Arrays.stream(CertificateUse.values()).noneMatch(use -> permissions.refusal(actor, use) == null)) {
            return RemovalOutcome.NOT_PERMITTED; // may delete nothing: say so without telling which ids exist
        }
        return store.find(id).map(certificate -> remove(certificate, actor)).orElse(RemovalOutcome.NOT_FOUND);
    }

    public RemovalOutcome remove(InstalledCertificate certificate, Actor actor) {
        Instant now = inUse.now();
        if (permissions.refusal(actor, certificate.use()) != null) {
            return RemovalOutcome.NOT_PERMITTED;
        }
        if (certificate.use() == CertificateUse.CHARGE_POINT) {
            if (actor.source() == Source.CSMS) {
                return RemovalOutcome.STATION_CERTIFICATE_OVER_OCPP;
            }
            if (inUse.isStationCertificateInUse(certificate, now)) {
                return RemovalOutcome.STATION_CERTIFICATE_IN_USE;
            }
        }
        if (rootsInUse.inUseAfterCheck(certificate, now, ROOT_CHECK_TIMEOUT)) {
            return RemovalOutcome.ROOT_IN_USE;
        }
        store.delete(certificate, actor, null);
        changes.check();
        return RemovalOutcome.DELETED;
    }
}
