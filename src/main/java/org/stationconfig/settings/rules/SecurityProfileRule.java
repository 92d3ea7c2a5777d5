package org.stationconfig.settings.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.audit.Source;
import org.stationconfig.i18n.AllOf;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.Proposal;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingRule;

/**
 * The app may pick any profile (an installer may also lower it); what the profile still lacks is a warning, and
 * the status shows the station as not configured until it is there. The central system's stricter rule is the
 * setting's {@code csmsRule}.
 */
@Singleton
public class SecurityProfileRule implements SettingRule {

    @Override
    public void check(Proposal proposal) {
        if (proposal.actor().source() == Source.CSMS
                || !proposal.changes("securityProfile") && !proposal.changes("accessKey")) {
            return;
        }
        int profile = proposal.get(Setting.SECURITY_PROFILE);
        List<Object> missing = SecurityProfiles.missingFor(profile, proposal);
        if (!missing.isEmpty()) {
            proposal.warn("securityProfile", Text.of("rule.securityProfile.missing", profile, new AllOf(missing)));
        }
    }
}
