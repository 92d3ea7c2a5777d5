package org.stationconfig.certificates.store;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The station certificate as a connection setting (SPEC §6: "changing the station certificate is a trial with
 * rollback"): which one profile 3 presents now, and — when the central system refuses a new one — withdrawing it so
 * the previous one is presented again (whitepaper A02.FR.08–10 keep the previous certificate as the fallback).
 */
@Singleton
public class StationCertificateFallback {

    private final CertificatesInUse inUse;
    private final CertificateStore store;
    private final CertificateChanges changes;

    public StationCertificateFallback(CertificatesInUse inUse, CertificateStore store, CertificateChanges changes) {
        this.inUse = inUse;
        this.store = store;
        this.changes = changes;
    }

    /** SHA-256 fingerprint of the station certificate presented now, or null when there is none. */
    @Nullable
    public String presented() {
        return inUse.stationCertificate(inUse.now()).map(InstalledCertificate::fingerprint).orElse(null);
    }

    /** Whether the certificate with this fingerprint is still installed, valid, with its key and not withdrawn. */
    public boolean canReturnTo(String fingerprint) {
        return inUse.usableStationCertificate(fingerprint, inUse.now());
    }

    /**
     * Stops presenting the certificate with this fingerprint; the change is announced like any other
     * ({@link StationCertificateChanged}), so the connection follows with the certificate then in use.
     */
    public void withdraw(String fingerprint, String reason) {
        store.byUse(org.stationconfig.certificates.CertificateUse.CHARGE_POINT).stream()
                .filter(c -> c.fingerprint().equals(fingerprint))
                .findFirst()
                .ifPresent(certificate -> store.withdraw(certificate, reason));
        changes.check();
    }
}
