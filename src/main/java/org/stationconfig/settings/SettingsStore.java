package org.stationconfig.settings;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.auth.Actor;
import org.stationconfig.settings.rules.AccessKeys;
import org.stationconfig.settings.store.StoredSetting;
import org.stationconfig.settings.store.StoredSettingRepository;

/**
 * Durable settings with an in-memory snapshot for readers. A commit writes the values, bumps the version and writes
 * the audit lines in one SQLite transaction (synchronous=FULL: acknowledged = on disk), then swaps the snapshot.
 */
@Singleton
public class SettingsStore {

    private final SettingsRegistry registry;
    private final StoredSettingRepository repository;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog auditLog;
    private final Clock clock;
    private volatile SettingsSnapshot snapshot;

    public SettingsStore(SettingsRegistry registry, StoredSettingRepository repository,
                         TransactionOperations<Connection> transactions, AuditLog auditLog, Clock clock) {
        this.registry = registry;
        this.repository = repository;
        this.transactions = transactions;
        this.auditLog = auditLog;
        this.clock = clock;
        this.snapshot = load();
    }

    private SettingsSnapshot load() {
        return transactions.executeRead(status -> {
            Map<String, StoredSetting> rows = new HashMap<>();
            for (StoredSetting row : repository.findAll()) {
                // a stored key that is no longer declared (removed in an upgrade) is kept but not used
                if (registry.find(row.key()).isPresent()) {
                    rows.put(row.key(), row);
                }
            }
            return new SettingsSnapshot(registry, rows, repository.version());
        });
    }

    public SettingsSnapshot current() {
        return snapshot;
    }

    /**
     * Stores the changes (null = back to default) if the stored version is still {@code expectedVersion}.
     *
     * @return the new snapshot, or null when the version moved on meanwhile
     */
    synchronized SettingsSnapshot commit(Map<String, String> changes, Actor actor, long expectedVersion) {
        SettingsSnapshot before = snapshot;
        Instant now = clock.instant();
        Boolean committed = transactions.executeWrite(status -> {
            if (repository.version() != expectedVersion) {
                return false;
            }
            changes.forEach((key, value) -> {
                write(key, value, actor, now);
                SettingDefinition definition = registry.get(key);
                auditLog.recordSettingChange(actor.source(), actor.name(), key,
                        shown(definition, before.value(key)), shown(definition, value == null ? defaultOf(before, key) : value));
            });
            repository.bumpVersion();
            return true;
        });
        if (!committed) {
            return null;
        }
        snapshot = load();
        return snapshot;
    }

    private void write(String key, String value, Actor actor, Instant now) {
        if (value == null) {
            repository.deleteById(key);
            return;
        }
        StoredSetting row = new StoredSetting(key, value, actor.source(), actor.name(), now);
        if (repository.existsById(key)) {
            repository.update(row);
        } else {
            repository.save(row);
        }
    }

    private String defaultOf(SettingsSnapshot base, String key) {
        Map<String, StoredSetting> without = new HashMap<>(base.stored());
        without.remove(key);
        return new SettingsSnapshot(registry, without, base.version()).value(key);
    }

    /** Audit form of a value: secrets only as "set (16 bytes, hex)". */
    static String shown(SettingDefinition definition, String value) {
        return definition.secret() ? AccessKeys.describe(value) : value;
    }
}
