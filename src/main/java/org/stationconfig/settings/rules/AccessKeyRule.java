package org.stationconfig.settings.rules;

import jakarta.inject.Singleton;
import org.stationconfig.audit.Source;
import org.stationconfig.settings.Proposal;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingRule;
import org.stationconfig.settings.type.InvalidValueException;

/** Reads the access key per {@code accessKeyFormat} from the app, as hex from the central system (whitepaper §7). */
@Singleton
public class AccessKeyRule implements SettingRule {

    private static final String KEY = "accessKey";

    @Override
    public void check(Proposal proposal) {
        String input = proposal.changes(KEY) ? proposal.value(KEY) : null;
        if (input == null) {
            return;
        }
        if (proposal.actor().source() == Source.SYSTEM && AccessKeys.isCanonical(input)) {
            return; // the station restoring a stored key (rollback)
        }
        String format = proposal.actor().source() == Source.CSMS
                ? (proposal.get(Setting.AUTHORIZATION_KEY_HEX_AS_TEXT) ? "auto" : "hex")
                : proposal.get(Setting.ACCESS_KEY_FORMAT);
        try {
            proposal.rewrite(KEY, AccessKeys.canonical(input, format));
        } catch (InvalidValueException e) {
            proposal.reject(KEY, e.getMessage());
        }
    }
}
