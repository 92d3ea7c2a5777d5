package org.stationconfig.certificates.store;

import jakarta.inject.Singleton;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.clock.StationClock;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;

/**
 * Puts every change of the installed certificates into the security log (GetLog SecurityLog) as the whitepaper's
 * ReconfigurationOfSecurityParameters: trust anchors and the station certificate are the connection's security
 * parameters (A01.FR.11). techInfo names the use, the change, who made it and the fingerprint; it fits in 255 characters.
 * The store raises an event inside the transaction of its change, so both commit or neither does.
 */
@Singleton
public class CertificateSecurityLog {

    private static final int SUBJECT_SHOWN = 60;

    private final SecurityEvents events;
    private final StationClock clock;

    public CertificateSecurityLog(SecurityEvents events, StationClock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * After the commit: the event's message was announced from inside the transaction, when the sender could not see
     * it yet, so it is announced again now that it can.
     */
    void committed() {
        events.committed();
    }

    void installed(CertificateUse use, String subject, String fingerprint, Actor actor) {
        raise(use.ocppName() + " installed by " + actor.describe() + ": " + shown(subject) + ", SHA-256 " + fingerprint);
    }

    void deleted(InstalledCertificate certificate, Actor actor) {
        raise(certificate.use().ocppName() + " deleted by " + actor.describe() + ": " + shown(certificate.row().subject())
                + ", SHA-256 " + certificate.fingerprint());
    }

    void stationCertificateReplaced(String fingerprint, String previous) {
        raise("ChargePointCertificate in use replaced: SHA-256 " + (fingerprint == null ? "none" : fingerprint)
                + " (was " + (previous == null ? "none" : previous) + ")");
    }

    private void raise(String techInfo) {
        events.raise(SecurityEvent.ReconfigurationOfSecurityParameters, techInfo, clock.now());
    }


    private static String shown(String subject) {
        return subject.length() <= SUBJECT_SHOWN ? subject : subject.substring(0, SUBJECT_SHOWN - 3) + "...";
    }
}
