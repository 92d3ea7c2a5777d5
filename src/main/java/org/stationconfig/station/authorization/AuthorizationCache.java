package org.stationconfig.station.authorization;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.Optional;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;

/**
 * The authorisation cache (S16 §3.5.2): every idTagInfo from Authorize, StartTransaction and StopTransaction answers,
 * kept while AuthorizationCacheEnabled is on. Tags of the Local Authorization List are not cached (the list rules).
 * Bounded: the least recently confirmed entries go first.
 */
@Singleton
public class AuthorizationCache {

    static final int CAPACITY = 1000;

    private final CacheEntryRepository entries;
    private final LocalAuthList localList;
    private final TransactionOperations<Connection> transactions;
    private final SettingsStore settings;
    private final Clock clock;

    public AuthorizationCache(CacheEntryRepository entries, LocalAuthList localList,
                              TransactionOperations<Connection> transactions, SettingsStore settings, Clock clock) {
        this.entries = entries;
        this.localList = localList;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    public Optional<TagVerdict> find(String idTag) {
        return transactions.executeRead(status -> entries.findById(TagKey.of(idTag)).map(CacheEntry::info));
    }

    public void remember(String idTag, TagVerdict info) {
        if (!settings.current().get(Setting.AUTHORIZATION_CACHE_ENABLED) || localList.find(idTag).isPresent()) {
            return;
        }
        CacheEntry entry = new CacheEntry(TagKey.of(idTag), idTag, info.status(), info.expiryDate(),
                info.parentIdTag(), clock.instant());
        transactions.executeWrite(status -> {
            if (entries.existsById(entry.tagKey())) {
                entries.update(entry);
            } else {
                entries.save(entry);
                entries.keepNewest(CAPACITY);
            }
            return null;
        });
    }

    /** ClearCache (S16 §5.4): Rejected while the cache is switched off. */
    public boolean clear() {
        if (!settings.current().get(Setting.AUTHORIZATION_CACHE_ENABLED)) {
            return false;
        }
        transactions.executeWrite(status -> {
            entries.deleteAll();
            return null;
        });
        return true;
    }
}
