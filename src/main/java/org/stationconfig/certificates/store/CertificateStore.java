package org.stationconfig.certificates.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.audit.Source;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.CertificateDescription;
import org.stationconfig.certificates.CertificateMaterial;
import org.stationconfig.certificates.CertificateReader;
import org.stationconfig.certificates.CertificateRefusedException;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.KeyVault;
import org.stationconfig.certificates.KeyVaultException;
import org.stationconfig.certificates.PemEncoding;
import org.stationconfig.certificates.Refusal;
import org.stationconfig.certificates.RefusalReason;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;

/**
 * The installed certificates, durable in SQLite and held in memory for readers (a few rows). Installs only what the
 * caller has already inspected; adds the store's own limits (duplicates, CertificateStoreMaxLength), audits every
 * install and delete and puts it in the security log, in the transaction of the change (issue 13 item 10: a crash
 * between them cannot leave a change the security log does not name). Private keys are sealed with the master key
 * and opened only to build TLS contexts.
 */
@Singleton
public class CertificateStore {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateStore.class);

    private final StoredCertificateRepository repository;
    private final PendingKeyRepository pendingKeys;
    private final TransactionOperations<Connection> transactions;
    private final KeyVault vault;
    private final AuditLog audit;
    private final SettingsStore settings;
    private final Clock clock;
    private final CertificateSecurityLog securityLog;
    private volatile List<InstalledCertificate> installed;

    public CertificateStore(StoredCertificateRepository repository, PendingKeyRepository pendingKeys,
                            TransactionOperations<Connection> transactions, KeyVault vault, AuditLog audit,
                            SettingsStore settings, Clock clock, CertificateSecurityLog securityLog) {
        this.securityLog = securityLog;
        this.repository = repository;
        this.pendingKeys = pendingKeys;
        this.transactions = transactions;
        this.vault = vault;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.installed = load();
    }

    /** Oldest first. */
    public List<InstalledCertificate> all() {
        return installed;
    }

    public Optional<InstalledCertificate> find(long id) {
        return installed.stream().filter(c -> c.id() == id).findFirst();
    }

    public List<InstalledCertificate> byUse(CertificateUse use) {
        return installed.stream().filter(c -> c.use() == use).toList();
    }

    /**
     * Stores inspected material; for a station certificate its key is sealed, and a CSR's pending key it used
     * ({@code pendingKeyId}) is removed in the same transaction.
     *
     * @throws CertificateRefusedException already installed (for this or another use: the fingerprint is unique), or
     *                                     the root store is full (M05.FR.03)
     */
    public synchronized InstalledCertificate install(CertificateUse use, CertificateMaterial material, Actor actor,
                                                     @Nullable Long pendingKeyId) throws CertificateRefusedException {
        CertificateDescription description = CertificateDescription.of(material.first());
        Optional<InstalledCertificate> same = installed.stream()
                .filter(c -> c.fingerprint().equals(description.sha256Fingerprint())).findFirst();
        if (same.isPresent()) {
            throw new CertificateRefusedException(same.get().use() == use
                    ? Refusal.of(RefusalReason.ALREADY_INSTALLED, description.subject())
                    : Refusal.of(RefusalReason.INSTALLED_FOR_ANOTHER_USE, description.subject() + " is installed as "
                            + same.get().use().ocppName()));
        }
        int maxRoots = settings.current().get(Setting.CERTIFICATE_STORE_MAX_LENGTH);
        if (use.isRoot() && installed.stream().filter(c -> c.use().isRoot()).count() >= maxRoots) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.STORE_FULL, maxRoots + " root certificates"));
        }
        byte[] sealedKey = use.isRoot() ? null : vault.sealPrivateKey(material.key().orElseThrow(
                () -> new IllegalArgumentException("a ChargePointCertificate is installed with its key")),
                keyContext(description.sha256Fingerprint()));
        StoredCertificate row = new StoredCertificate(null, use.ocppName(), PemEncoding.certificates(material.certificates()),
                description.subject(), description.issuer(), description.serialNumber(),
                material.first().getNotBefore().toInstant(), material.first().getNotAfter().toInstant(),
                description.sha256Fingerprint(), description.keyAlgorithm(), description.keySize(), sealedKey,
                clock.instant(), actor.source(), actor.name(), null);
        StoredCertificate saved = transactions.executeWrite(status -> {
            StoredCertificate inserted = repository.save(row);
            if (pendingKeyId != null) {
                pendingKeys.deleteById(pendingKeyId);
            }
            audit.record(actor.source(), actor.name(), Category.CERTIFICATE, "CERTIFICATE_INSTALLED",
                    use.ocppName() + " " + description.subject() + " (serial " + description.serialNumber() + ", SHA-256 "
                            + description.sha256Fingerprint() + ", valid " + description.notBefore() + " to "
                            + description.notAfter() + ")" + (sealedKey == null ? "" : " with its private key"));
            securityLog.installed(use, description.subject(), description.sha256Fingerprint(), actor);
            return inserted;
        });
        securityLog.committed();
        installed = load();
        LOG.info("Installed {} {} (SHA-256 {})", use.ocppName(), description.subject(), description.sha256Fingerprint());
        return find(saved.id()).orElseThrow();
    }

    /** Removes a certificate; whether it may be removed is the caller's decision. */
    public synchronized void delete(InstalledCertificate certificate, Actor actor, String reason) {
        transactions.executeWrite(status -> {
            repository.deleteById(certificate.id());
            audit.record(actor.source(), actor.name(), Category.CERTIFICATE, "CERTIFICATE_DELETED",
                    certificate.use().ocppName() + " " + certificate.row().subject() + " (SHA-256 "
                            + certificate.fingerprint() + ") deleted" + (reason == null ? "" : ": " + reason));
            securityLog.deleted(certificate, actor);
            return null;
        });
        securityLog.committed();
        installed = load();
        LOG.info("Deleted {} {} (SHA-256 {})", certificate.use().ocppName(), certificate.row().subject(),
                certificate.fingerprint());
    }

    /** Keeps a station certificate but stops presenting it (a failed trial, SPEC §6); the previous one is used again. */
    public synchronized void withdraw(InstalledCertificate certificate, String reason) {
        transactions.executeWrite(status -> {
            repository.update(certificate.row().withdrawn(reason));
            audit.record(Source.SYSTEM, "system", Category.CERTIFICATE, "STATION_CERTIFICATE_WITHDRAWN",
                    certificate.row().subject() + " (SHA-256 " + certificate.fingerprint() + ") is no longer used: " + reason);
            return null;
        });
        installed = load();
        LOG.warn("Station certificate {} (SHA-256 {}) withdrawn: {}", certificate.row().subject(), certificate.fingerprint(), reason);
    }

    /** The station certificate with its key, for a TLS context; empty if the key cannot be opened (logged). */
    public Optional<CertificateMaterial> withPrivateKey(InstalledCertificate certificate) {
        if (!certificate.hasPrivateKey()) {
            return Optional.empty();
        }
        try {
            PrivateKey key = vault.openPrivateKey(certificate.row().sealedKey(), keyContext(certificate.fingerprint()));
            return Optional.of(new CertificateMaterial(certificate.chain(), key));
        } catch (KeyVaultException unusable) {
            LOG.error("The private key of {} (SHA-256 {}) cannot be used: {}", certificate.row().subject(),
                    certificate.fingerprint(), unusable.getMessage());
            return Optional.empty();
        }
    }

    private static String keyContext(String fingerprint) {
        return "certificate:" + fingerprint;
    }

    private List<InstalledCertificate> load() {
        List<StoredCertificate> rows = transactions.executeRead(status -> repository.findAllOrderById());
        List<InstalledCertificate> parsed = new ArrayList<>();
        CertificateReader reader = new CertificateReader();
        for (StoredCertificate row : rows) {
            Optional<CertificateUse> use = CertificateUse.fromOcppName(row.certificateUse());
            try {
                parsed.add(new InstalledCertificate(row, use.orElseThrow(),
                        reader.readCertificates(row.pem().getBytes(StandardCharsets.US_ASCII))));
            } catch (CertificateRefusedException | RuntimeException unreadable) { // written by this class: not expected
                LOG.error("Installed certificate {} ({}) cannot be read and is ignored", row.id(), row.subject());
            }
        }
        return List.copyOf(parsed);
    }
}
