package org.stationconfig.connection;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.stationconfig.settings.SecurityPrerequisites;
import org.stationconfig.settings.SecurityProfile;
import org.stationconfig.settings.Setting;
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
        String url = settings.get(Setting.CENTRAL_SYSTEM_URL);
        if (url == null || url.isEmpty()) {
            missing.add("centralSystemUrl");
        }
        SecurityProfile profile = SecurityProfile.of(settings.get(Setting.SECURITY_PROFILE));
        if (profile.needsAccessKey() && settings.get(Setting.ACCESS_KEY) == null) {
            missing.add("accessKey");
        }
        if (profile.needsCentralSystemRoot() && !prerequisites.hasCentralSystemRootCertificate()) {
            missing.add(ROOT_CERTIFICATE);
        }
        if (profile.presentsStationCertificate() && !prerequisites.hasChargePointCertificate()) {
            missing.add(STATION_CERTIFICATE);
        }
        return missing;
    }
}
