package org.stationconfig.settings.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stationconfig.i18n.AllOf;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.RuleContext;
import org.stationconfig.settings.SecurityProfile;
import org.stationconfig.settings.Setting;

/** What each security profile needs (whitepaper §2c), and the central system's raise-only rule. */
public final class SecurityProfiles {

    private SecurityProfiles() {
    }

    public static String csmsRefusal(String current, String proposed, RuleContext context) {
        int now = current == null ? 0 : Integer.parseInt(current);
        int wanted = Integer.parseInt(proposed);
        if (wanted <= now) {
            return "the security profile may only be raised over OCPP (whitepaper A05.FR.01): it is " + now;
        }
        List<Object> missing = missingFor(wanted, context);
        // the central system's answer and log line stay English
        return missing.isEmpty() ? null : "profile " + wanted + " needs " + new AllOf(missing).in(Locale.ENGLISH);
    }

    /** What is missing for a profile: A05.FR.02 key for 1/2, FR.03 root for 2/3, FR.04 station certificate for 3. */
    public static List<Object> missingFor(int profile, RuleContext context) {
        SecurityProfile needs = SecurityProfile.of(profile);
        List<Object> missing = new ArrayList<>();
        if (needs.needsAccessKey() && context.get(Setting.ACCESS_KEY) == null) {
            missing.add(Text.of("rule.securityProfile.needs.accessKey"));
        }
        if (needs.needsCentralSystemRoot() && !context.prerequisites().hasCentralSystemRootCertificate()) {
            missing.add(Text.of("rule.securityProfile.needs.root"));
        }
        if (needs.presentsStationCertificate() && !context.prerequisites().hasChargePointCertificate()) {
            missing.add(Text.of("rule.securityProfile.needs.stationCertificate"));
        }
        return missing;
    }

    public static String scheme(int profile) {
        return SecurityProfile.of(profile).scheme();
    }
}
