package org.stationconfig.settings.rules;

import jakarta.inject.Singleton;
import org.stationconfig.settings.Proposal;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingRule;
import org.stationconfig.settings.type.InvalidValueException;

/** Normalises a pasted URL against the id and profile it will be dialled with, and says how it was read. */
@Singleton
public class ConnectionUrlRule implements SettingRule {

    static final String URL = "centralSystemUrl";

    @Override
    public void check(Proposal proposal) {
        if (!proposal.changes(URL) && !proposal.changes("chargePointId") && !proposal.changes("securityProfile")) {
            return;
        }
        String url = proposal.value(URL);
        if (url == null || url.isEmpty()) {
            return;
        }
        try {
            ConnectionUrls.Normalised normalised = ConnectionUrls.normalise(url,
                    proposal.get(Setting.CHARGE_POINT_ID), proposal.get(Setting.SECURITY_PROFILE));
            if (proposal.changes(URL)) {
                proposal.rewrite(URL, normalised.url());
            }
            normalised.warnings().forEach(warning -> proposal.warn(URL, warning));
        } catch (InvalidValueException e) {
            proposal.reject(proposal.changes(URL) ? URL : "chargePointId", e.text());
        }
    }
}
