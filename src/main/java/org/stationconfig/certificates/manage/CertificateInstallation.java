package org.stationconfig.certificates.manage;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.CertificateIntake;
import org.stationconfig.certificates.CertificateMaterial;
import org.stationconfig.certificates.CertificateReader;
import org.stationconfig.certificates.CertificateRefusedException;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.ExpectedSubject;
import org.stationconfig.certificates.Inspection;
import org.stationconfig.certificates.Refusal;
import org.stationconfig.certificates.RefusalReason;
import org.stationconfig.certificates.Verdict;
import org.stationconfig.certificates.store.CertificateChanges;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.certificates.store.CertificatesInUse;
import org.stationconfig.certificates.store.PendingKeys;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;

/**
 * The three ways a certificate reaches the store: the app's upload, InstallCertificate and CertificateSigned. Each
 * is inspected by {@link CertificateIntake} at the station's time, then stored, or refused with nothing stored.
 * A station certificate uploaded without a key is paired with the key of the station's own CSR.
 */
@Singleton
public class CertificateInstallation {

    private final CertificateIntake intake = new CertificateIntake();
    private final CertificateStore store;
    private final PendingKeys pendingKeys;
    private final CertificatesInUse inUse;
    private final CertificateChanges changes;
    private final StationCertificatePruning pruning;
    private final SettingsStore settings;
    private final AuditLog audit;
    private final PermissionMatrix permissions;

    public CertificateInstallation(CertificateStore store, PendingKeys pendingKeys, CertificatesInUse inUse,
                                   CertificateChanges changes, StationCertificatePruning pruning,
                                   SettingsStore settings, AuditLog audit, PermissionMatrix permissions) {
        this.permissions = permissions;
        this.audit = audit;
        this.store = store;
        this.pendingKeys = pendingKeys;
        this.inUse = inUse;
        this.changes = changes;
        this.pruning = pruning;
        this.settings = settings;
    }

    /** POST /api/v1/certificates: {@code keyFile} and {@code password} may be null. */
    public InstallOutcome upload(CertificateUse use, byte[] file, byte[] keyFile, char[] password, Actor actor) {
        Optional<InstallOutcome> forbidden = forbidden(use, actor);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        Instant now = inUse.now();
        boolean keyGiven = keyFile != null && keyFile.length > 0;
        if (use.isRoot() || keyGiven) {
            return install(use, intake.inspectUpload(use, file, keyFile, password, ExpectedSubject.any(), now), actor, null);
        }
        Inspection read = intake.read(file, null, password);
        if (!read.accepted() || read.material().key().isPresent()) { // unreadable, or a PKCS#12 with its key
            return install(use, read.accepted() ? intake.check(use, read.material(), ExpectedSubject.any(), now) : read,
                    actor, null);
        }
        Optional<PendingKeys.Match> match = pendingKeys.match(read.material().first().getPublicKey());
        if (match.isEmpty()) {
            return refused(use, withoutKey(intake.check(use, read.material(), ExpectedSubject.any(), now)), actor);
        }
        return install(use, intake.check(use, read.material().withKey(match.get().key()), match.get().expected(), now),
                actor, match.get().pendingKeyId());
    }

    /** InstallCertificate.req (whitepaper M05): a root as PEM. */
    public InstallOutcome installRoot(CertificateUse use, String pem, Actor actor) {
        Optional<InstallOutcome> forbidden = forbidden(use, actor);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        return install(use, intake.inspectInstall(use, pem, inUse.now()), actor, null);
    }

    /**
     * CertificateSigned.req (A02.FR.06): the chain for one of the station's requests, validated against its key.
     * Does not announce the change: the caller calls {@link CertificateChanges#check()} once its answer is out, so
     * a reconnect with the new certificate cannot overtake the CertificateSigned answer.
     */
    public InstallOutcome signed(String chainPem, Actor actor) {
        Optional<InstallOutcome> forbidden = forbidden(CertificateUse.CHARGE_POINT, actor);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        int maxChars = settings.current().get(Setting.CERTIFICATE_SIGNED_MAX_CHAIN_SIZE);
        if (chainPem.length() > maxChars) {
            return refused(CertificateUse.CHARGE_POINT, InstallOutcome.refused(Refusal.of(RefusalReason.CHAIN_TOO_LONG,
                    chainPem.length() + " characters, at most " + maxChars)), actor);
        }
        List<X509Certificate> chain;
        try {
            chain = new CertificateReader().readCertificates(chainPem.getBytes(StandardCharsets.US_ASCII));
        } catch (CertificateRefusedException unreadable) {
            return refused(CertificateUse.CHARGE_POINT, InstallOutcome.refused(unreadable.refusal()), actor);
        }
        Optional<PendingKeys.Match> match = pendingKeys.match(chain.get(0).getPublicKey());
        if (match.isEmpty()) {
            return refused(CertificateUse.CHARGE_POINT, InstallOutcome.refused(Refusal.of(RefusalReason.NO_MATCHING_REQUEST)),
                    actor);
        }
        Inspection inspection = intake.inspectSigned(chainPem, match.get().key(), match.get().expected(), inUse.now());
        return install(CertificateUse.CHARGE_POINT, inspection, actor, match.get().pendingKeyId(), false);
    }

    /** The permission data first: a caller who may not install the use learns nothing about its file. */
    private Optional<InstallOutcome> forbidden(CertificateUse use, Actor actor) {
        String refusal = permissions.refusal(actor, use);
        return refusal == null ? Optional.empty()
                : Optional.of(refused(use, InstallOutcome.refused(Refusal.of(RefusalReason.NOT_PERMITTED, refusal)), actor));
    }

    private InstallOutcome install(CertificateUse use, Inspection inspection, Actor actor, Long pendingKeyId) {
        return install(use, inspection, actor, pendingKeyId, true);
    }

    private InstallOutcome install(CertificateUse use, Inspection inspection, Actor actor, Long pendingKeyId,
                                   boolean announce) {
        if (!inspection.accepted()) {
            return refused(use, new InstallOutcome(null, inspection.verdict()), actor);
        }
        CertificateMaterial material = inspection.material();
        try {
            InstallOutcome outcome = new InstallOutcome(store.install(use, material, actor, pendingKeyId), inspection.verdict());
            if (use == CertificateUse.CHARGE_POINT) {
                pruning.prune(actor);
            }
            if (announce) {
                changes.check();
            }
            return outcome;
        } catch (CertificateRefusedException refused) {
            return refused(use, InstallOutcome.refused(refused.refusal()), actor);
        }
    }

    /** Refusals are audited by reason code only: what was sent is never written anywhere. */
    private InstallOutcome refused(CertificateUse use, InstallOutcome outcome, Actor actor) {
        audit.record(actor.source(), actor.name(), Category.CERTIFICATE, "CERTIFICATE_REFUSED",
                use.ocppName() + " refused: " + outcome.reasons());
        return outcome;
    }

    /** No key given and none waiting: say so rather than the generic "needs its private key". */
    private static InstallOutcome withoutKey(Inspection inspection) {
        List<Refusal> refusals = new ArrayList<>();
        for (Refusal refusal : inspection.verdict().refusals()) {
            refusals.add(refusal.reason() == RefusalReason.KEY_MISSING ? Refusal.of(RefusalReason.NO_MATCHING_REQUEST) : refusal);
        }
        return new InstallOutcome(null, new Verdict(refusals, inspection.verdict().warnings()));
    }
}
