package org.stationconfig.certificates.renewal;

import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.CertificateRefusedException;
import org.stationconfig.certificates.KeyStrength;
import org.stationconfig.certificates.KeyType;
import org.stationconfig.certificates.SigningRequest;
import org.stationconfig.certificates.store.CertificatesInUse;
import org.stationconfig.certificates.store.PendingKeys;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/**
 * Asks the central system for a (new) station certificate (whitepaper A02/A03): a fresh key pair of the same kind as
 * the current certificate's (EC P-256 if none), its CSR in SignCertificate.req, the key kept waiting for
 * CertificateSigned. Blocking (key generation, SQLite): call it off the OCPP thread.
 */
@Singleton
public class StationCertificateRenewal {

    private static final Logger LOG = LoggerFactory.getLogger(StationCertificateRenewal.class);

    private final PendingKeys pendingKeys;
    private final CertificatesInUse inUse;
    private final SettingsStore settings;
    private final AuditLog audit;
    private final SigningRequests signing;

    public StationCertificateRenewal(PendingKeys pendingKeys, CertificatesInUse inUse, SettingsStore settings,
                                     AuditLog audit, SigningRequests signing) {
        this.pendingKeys = pendingKeys;
        this.inUse = inUse;
        this.settings = settings;
        this.audit = audit;
        this.signing = signing;
    }

    /** A02.FR.13 prerequisite: CpoName (and the serial number) set, else no SignCertificate is sent. */
    public boolean possible() {
        SettingsSnapshot snapshot = settings.current();
        try {
            SigningRequest.requireSubject(snapshot.get(Setting.CHARGE_POINT_SERIAL_NUMBER), snapshot.get(Setting.CPO_NAME));
            return true;
        } catch (CertificateRefusedException missing) {
            return false;
        }
    }

    /** Completes with the central system's answer; fails when the request could not be made or sent. */
    public CompletableFuture<SigningAnswer> request(Actor actor, String why) {
        return request(actor, why, false);
    }

    /** As {@link #request}, for an ExtendedTriggerMessage: it goes out while Pending too (S16 §4.2.1). */
    public CompletableFuture<SigningAnswer> requestTriggered(Actor actor, String why) {
        return request(actor, why, true);
    }

    private CompletableFuture<SigningAnswer> request(Actor actor, String why, boolean triggered) {
        PendingKeys.Request request;
        try {
            request = pendingKeys.create(keyType(), actor);
        } catch (CertificateRefusedException refused) {
            audit.record(actor.source(), actor.name(), Category.CERTIFICATE, "SIGN_CERTIFICATE_NOT_SENT", why + ": "
                    + refused.getMessage());
            return CompletableFuture.failedFuture(refused);
        }
        LOG.info("Sending SignCertificate ({}) for {}", why, request.signingRequest().subject());
        return signing.send(request.signingRequest().pem(), triggered)
                .whenComplete((status, error) -> audit.record(actor.source(), actor.name(), Category.CERTIFICATE,
                        "SIGN_CERTIFICATE_SENT", why + ": " + request.signingRequest().subject() + " ("
                                + request.keyType() + "), " + (error == null ? "central system answered " + status
                                : "not delivered: " + error.getClass().getSimpleName())));
    }

    private KeyType keyType() {
        return inUse.stationCertificate(inUse.now())
                .filter(c -> KeyStrength.RSA.equals(c.row().keyAlgorithm()))
                .map(c -> KeyType.RSA_2048).orElse(KeyType.DEFAULT);
    }
}
