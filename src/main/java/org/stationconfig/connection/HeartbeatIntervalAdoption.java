package org.stationconfig.connection;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.auth.Actor;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingsStore;

/** S16 §4.2: an Accepted BootNotification's interval becomes the heartbeat interval (written as the station, audited). */
@Singleton
class HeartbeatIntervalAdoption {

    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatIntervalAdoption.class);
    private static final int LONGEST = 86400;

    private final SettingsStore settings;
    private final SettingChanges changes;

    HeartbeatIntervalAdoption(SettingsStore settings, SettingChanges changes) {
        this.settings = settings;
        this.changes = changes;
    }

    void adopt(int interval) {
        if (interval > 0 && interval != settings.current().get(Setting.HEARTBEAT_INTERVAL)) {
            try {
                changes.apply(ChangeRequest.fromText(Actor.system(), "heartbeatInterval",
                        Integer.toString(Math.min(interval, LONGEST))));
            } catch (RuntimeException e) {
                LOG.warn("Could not adopt the heartbeat interval {} s", interval, e);
            }
        }
    }
}
