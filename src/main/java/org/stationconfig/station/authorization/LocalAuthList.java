package org.stationconfig.station.authorization;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/** The Local Authorization List in SQLite: an update and its version are committed together, or not at all. */
@Singleton
public class LocalAuthList {

    private static final Logger LOG = LoggerFactory.getLogger(LocalAuthList.class);

    private final LocalAuthEntryRepository entries;
    private final TransactionOperations<Connection> transactions;
    private final SettingsStore settings;

    public LocalAuthList(LocalAuthEntryRepository entries, TransactionOperations<Connection> transactions,
                         SettingsStore settings) {
        this.entries = entries;
        this.transactions = transactions;
        this.settings = settings;
    }

    /** GetLocalListVersion (S16 §5.10): -1 while the list is switched off, 0 while it is empty. */
    public int version() {
        if (!settings.current().get(Setting.LOCAL_AUTH_LIST_ENABLED)) {
            return -1;
        }
        return transactions.executeRead(status -> entries.count() == 0 ? 0 : entries.version());
    }

    public Optional<TagVerdict> find(String idTag) {
        return transactions.executeRead(status -> entries.findById(TagKey.of(idTag)).map(LocalAuthEntry::info));
    }

    public long size() {
        return transactions.executeRead(status -> entries.count());
    }

    public ListUpdateStatus update(ListUpdate update) {
        SettingsSnapshot snapshot = settings.current();
        if (!snapshot.get(Setting.LOCAL_AUTH_LIST_ENABLED)) {
            return ListUpdateStatus.NotSupported;
        }
        LocalListUpdate.Limits limits = new LocalListUpdate.Limits(snapshot.get(Setting.SEND_LOCAL_LIST_MAX_LENGTH),
                snapshot.get(Setting.LOCAL_AUTH_LIST_MAX_LENGTH));
        ListUpdateStatus result = transactions.executeWrite(status -> {
            Map<String, ListEntry> current = new LinkedHashMap<>();
            entries.findAll().forEach(entry -> current.put(entry.tagKey(), entry.entry()));
            LocalListUpdate.Outcome outcome = LocalListUpdate.apply(current, entries.version(), update, limits);
            if (outcome.status() == ListUpdateStatus.Accepted) {
                entries.deleteAll();
                entries.saveAll(outcome.entries().values().stream().map(LocalAuthEntry::of).toList());
                entries.storeVersion(outcome.version());
            }
            return outcome.status();
        });
        LOG.info("SendLocalList {} version {} with {} entries: {}", update.kind(), update.version(),
                update.entries().size(), result);
        return result;
    }
}
