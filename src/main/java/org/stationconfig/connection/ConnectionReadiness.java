package org.stationconfig.connection;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.stationconfig.settings.SecurityPrerequisites;
import org.stationconfig.settings.SettingsSnapshot;

/** What is still missing before the station can dial its central system; names are setting keys. */
@Singleton
public class ConnectionReadiness {

    public static final String ROOT_CERTIFICATE = "centralSystemRootCertificate";
    public static final String STATION_CERTIFICATE = "chargePointCertificate";

    private final SecurityPrerequisites prerequisites;

    public ConnectionReadiness(SecurityPrerequisites prerequisites) {
        this.prerequisites = prerequisites;
    }

    public List<String> missing(SettingsSnapshot settings) {
        List<String> missing = new ArrayList<>();
        String url = settings.value("centralSystemUrl");
        if (url == null || url.isEmpty()) {
            missing.add("centralSystemUrl");
        }
        int profile = settings.intValue("securityProfile");
        if ((profile == 1 || profile == 2) && settings.value("accessKey") == null) {
            missing.add("accessKey");
        }
        if (profile >= 2 && !prerequisites.hasCentralSystemRootCertificate()) {
            missing.add(ROOT_CERTIFICATE);
        }
        if (profile == 3 && !prerequisites.hasChargePointCertificate()) {
            missing.add(STATION_CERTIFICATE);
        }
        return missing;
    }
}
