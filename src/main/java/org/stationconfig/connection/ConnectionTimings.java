package org.stationconfig.connection;

import org.stationconfig.ocpp.session.SessionSettings;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;

/** The session's timings from the settings in force, read at each use. */
record ConnectionTimings(SettingsStore settings) implements SessionSettings {

    @Override
    public int messageTimeout() {
        return settings.current().get(Setting.MESSAGE_TIMEOUT);
    }

    @Override
    public int heartbeatInterval() {
        return settings.current().get(Setting.HEARTBEAT_INTERVAL);
    }

    @Override
    public int connectionCheckInterval() {
        return settings.current().get(Setting.CONNECTION_CHECK_INTERVAL);
    }

    @Override
    public int reconnectInterval() {
        return settings.current().get(Setting.RECONNECT_INTERVAL);
    }

    @Override
    public int reconnectMaxInterval() {
        return settings.current().get(Setting.RECONNECT_MAX_INTERVAL);
    }
}
