package org.stationconfig.settings.rules;

import jakarta.inject.Singleton;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.Proposal;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingRule;

/** The back-off cap cannot be below the first wait. */
@Singleton
public class ReconnectIntervalRule implements SettingRule {

    @Override
    public void check(Proposal proposal) {
        if (!proposal.changes("reconnectInterval") && !proposal.changes("reconnectMaxInterval")) {
            return;
        }
        int first = proposal.get(Setting.RECONNECT_INTERVAL);
        int cap = proposal.get(Setting.RECONNECT_MAX_INTERVAL);
        if (cap < first) {
            String key = proposal.changes("reconnectMaxInterval") ? "reconnectMaxInterval" : "reconnectInterval";
            proposal.reject(key, Text.of("rule.reconnect.capBelowFirst", cap, first));
        }
    }
}
