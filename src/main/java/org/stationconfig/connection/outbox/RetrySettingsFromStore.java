package org.stationconfig.connection.outbox;

import jakarta.inject.Singleton;
import java.time.Duration;
import org.stationconfig.ocpp.outbox.RetryPolicy;
import org.stationconfig.ocpp.outbox.RetrySettings;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/** The outbox's retry rule from the settings in force: {@code transactionMessageAttempts} and its interval. */
@Singleton
class RetrySettingsFromStore implements RetrySettings {

    private final SettingsStore settings;

    RetrySettingsFromStore(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public RetryPolicy current() {
        SettingsSnapshot snapshot = settings.current();
        return new RetryPolicy(snapshot.get(Setting.TRANSACTION_MESSAGE_ATTEMPTS),
                Duration.ofSeconds(snapshot.get(Setting.TRANSACTION_MESSAGE_RETRY_INTERVAL)));
    }
}
