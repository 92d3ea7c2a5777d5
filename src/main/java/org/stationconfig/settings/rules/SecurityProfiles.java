package org.stationconfig.settings.rules;

import java.util.ArrayList;
import java.util.List;
import org.stationconfig.settings.RuleContext;

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
        List<String> missing = missingFor(wanted, context);
        return missing.isEmpty() ? null : "profile " + wanted + " needs " + String.join(" and ", missing);
    }

    /** What is missing for a profile: A05.FR.02 key for 1/2, FR.03 root for 2/3, FR.04 station certificate for 3. */
    public static List<String> missingFor(int profile, RuleContext context) {
        List<String> missing = new ArrayList<>();
        if ((profile == 1 || profile == 2) && context.value("accessKey") == null) {
            missing.add("an access key (accessKey)");
        }
        if (profile >= 2 && !context.prerequisites().hasCentralSystemRootCertificate()) {
            missing.add("a central system root certificate");
        }
        if (profile == 3 && !context.prerequisites().hasChargePointCertificate()) {
            missing.add("a station certificate (ChargePointCertificate)");
        }
        return missing;
    }

    public static String scheme(int profile) {
        return profile >= 2 ? "wss" : "ws";
    }
}
