package org.stationconfig.certificates.store;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.Connection;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.CertificateRefusedException;
import org.stationconfig.certificates.ExpectedSubject;
import org.stationconfig.certificates.KeyType;
import org.stationconfig.certificates.KeyVault;
import org.stationconfig.certificates.KeyVaultException;
import org.stationconfig.certificates.SigningRequest;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/**
 * Key pairs made on the station for a certificate signing request (SPEC §6: the private key never leaves the
 * station). The key waits, sealed, until its certificate arrives; the newest {@value #KEPT} requests are kept.
 */
@Singleton
public class PendingKeys {

    static final int KEPT = 5;
    private static final Logger LOG = LoggerFactory.getLogger(PendingKeys.class);

    private final PendingKeyRepository repository;
    private final TransactionOperations<Connection> transactions;
    private final KeyVault vault;
    private final SettingsStore settings;
    private final AuditLog audit;
    private final Clock clock;

    /** A waiting key that belongs to a certificate, and the subject its request asked for. */
    public record Match(long pendingKeyId, PrivateKey key, ExpectedSubject expected) {
    }

    /** A new request: the PEM to send, and the row that keeps its key. */
    public record Request(SigningRequest signingRequest, KeyType keyType, long pendingKeyId) {
    }

    public PendingKeys(PendingKeyRepository repository, TransactionOperations<Connection> transactions, KeyVault vault,
                       SettingsStore settings, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.vault = vault;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Generates a key pair and its CSR (CN = serial number, O = CpoName).
     *
     * @throws CertificateRefusedException CpoName or the serial number is not set (A02.FR.13)
     */
    public Request create(KeyType keyType, Actor actor) throws CertificateRefusedException {
        SettingsSnapshot snapshot = settings.current();
        String serial = snapshot.get(Setting.CHARGE_POINT_SERIAL_NUMBER);
        String cpoName = snapshot.get(Setting.CPO_NAME);
        SigningRequest.requireSubject(serial, cpoName);
        KeyPair keyPair = keyType.generate();
        SigningRequest request = SigningRequest.create(keyPair, serial, cpoName);
        String hash = publicKeyHash(keyPair.getPublic());
        PendingKey saved = transactions.executeWrite(status -> {
            PendingKey row = repository.save(new PendingKey(null, hash, vault.sealPrivateKey(keyPair.getPrivate(),
                    context(hash)), keyType.name(), serial, cpoName, actor.source(), actor.name(), clock.instant()));
            List<PendingKey> all = repository.findAllOrderByIdDesc();
            all.stream().skip(KEPT).forEach(old -> repository.deleteById(old.id()));
            audit.record(actor.source(), actor.name(), Category.CERTIFICATE, "CSR_CREATED",
                    "Certificate signing request " + request.subject() + " (" + keyType.name() + ")");
            return row;
        });
        LOG.info("Created a certificate signing request {} ({})", request.subject(), keyType.name());
        return new Request(request, keyType, saved.id());
    }

    /** The waiting key whose public half is in {@code certificateKey}, if any. */
    public Optional<Match> match(PublicKey certificateKey) {
        String hash = publicKeyHash(certificateKey);
        Optional<PendingKey> row = transactions.executeRead(status -> repository.findByPublicKeyHash(hash));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        try {
            PrivateKey key = vault.openPrivateKey(row.get().sealedKey(), context(hash));
            return Optional.of(new Match(row.get().id(), key,
                    new ExpectedSubject(row.get().subjectSerial(), row.get().subjectCpo())));
        } catch (KeyVaultException unusable) {
            LOG.error("The waiting key of request {} cannot be used: {}", row.get().id(), unusable.getMessage());
            return Optional.empty();
        }
    }

    public long count() {
        return transactions.executeRead(status -> repository.count());
    }

    static String publicKeyHash(PublicKey key) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException impossible) { // every Java 17 runtime has SHA-256
            throw new IllegalStateException(impossible);
        }
    }

    private static String context(String publicKeyHash) {
        return "pending-key:" + publicKeyHash;
    }
}
