package org.stationconfig.connection;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.rules.AccessKeys;
import org.stationconfig.settings.rules.ConnectionUrls;

/**
 * The settings a connection is made with. A change of any of them is a reconnect, and a trial (SPEC §3); the last
 * set that worked is kept to roll back to.
 *
 * @param accessKey          canonical access key ({@code hex:...}/{@code text:...}) or null
 * @param stationCertificate SHA-256 fingerprint of the certificate profile 3 presents; null on other profiles
 */
public record ConnectionParameters(
        String centralSystemUrl,
        String chargePointId,
        int securityProfile,
        @Nullable String accessKey,
        boolean hexAsText,
        @Nullable String stationCertificate) {

    /** The settings behind these parameters, in the order a rollback restores them. */
    public static final List<String> KEYS = List.of("centralSystemUrl", "chargePointId", "securityProfile", "accessKey",
            "authorizationKeyHexAsText");

    /** Not a setting: the station certificate in use, tried and rolled back like one (SPEC §6). */
    public static final String STATION_CERTIFICATE = "stationCertificate";

    /** Of {@link #KEYS}, those the security log cares about. */
    static final List<String> SECURITY_KEYS = List.of("securityProfile", "accessKey", "authorizationKeyHexAsText");
    /** Settings whose change means a new connection (the identity in BootNotification included). */
    static final List<String> RECONNECT_KEYS = List.of("enabled", "protocol", "centralSystemUrl", "chargePointId",
            "securityProfile", "accessKey", "authorizationKeyHexAsText", "chargePointVendor", "chargePointModel",
            "chargePointSerialNumber", "chargeBoxSerialNumber", "firmwareVersion", "meterType", "meterSerialNumber");

    /** The settings alone, without a station certificate (for checks that do not dial with profile 3). */
    public static ConnectionParameters of(SettingsSnapshot settings) {
        return of(settings, null);
    }

    public static ConnectionParameters of(SettingsSnapshot settings, @Nullable String presentedCertificate) {
        int profile = settings.get(Setting.SECURITY_PROFILE);
        return new ConnectionParameters(settings.get(Setting.CENTRAL_SYSTEM_URL), settings.get(Setting.CHARGE_POINT_ID),
                profile, settings.get(Setting.ACCESS_KEY), settings.get(Setting.AUTHORIZATION_KEY_HEX_AS_TEXT),
                profile == 3 ? presentedCertificate : null);
    }

    public URI effectiveUri() {
        return URI.create(ConnectionUrls.effective(centralSystemUrl, chargePointId, securityProfile));
    }

    /** Basic-auth password for profiles 1 and 2 (whitepaper A00.FR.203/302), none otherwise. */
    @Nullable
    public byte[] password() {
        return (securityProfile == 1 || securityProfile == 2) && accessKey != null ? AccessKeys.bytes(accessKey, hexAsText) : null;
    }

    public boolean tls() {
        return securityProfile >= 2;
    }

    /** Connecting to another endpoint or as another identity needs a new BootNotification. */
    public boolean sameEndpoint(ConnectionParameters other) {
        return other != null && Objects.equals(centralSystemUrl, other.centralSystemUrl)
                && Objects.equals(chargePointId, other.chargePointId);
    }

    /** The setting keys whose values differ from {@code other}, then {@link #STATION_CERTIFICATE} if that differs. */
    public List<String> differences(ConnectionParameters other) {
        List<String> keys = new ArrayList<>();
        Map<String, Object> mine = values();
        Map<String, Object> theirs = other.values();
        for (String key : KEYS) {
            if (!Objects.equals(mine.get(key), theirs.get(key))) {
                keys.add(key);
            }
        }
        if (!Objects.equals(stationCertificate, other.stationCertificate)) {
            keys.add(STATION_CERTIFICATE);
        }
        return keys;
    }

    /** The canonical setting values, for restoring them through the write path. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("centralSystemUrl", centralSystemUrl);
        values.put("chargePointId", chargePointId);
        values.put("securityProfile", Integer.toString(securityProfile));
        values.put("accessKey", accessKey);
        values.put("authorizationKeyHexAsText", Boolean.toString(hexAsText));
        return values;
    }

    @Override
    public String toString() {
        return "ConnectionParameters[" + centralSystemUrl + ", id " + chargePointId + ", profile " + securityProfile
                + ", key " + AccessKeys.describe(accessKey)
                + (stationCertificate == null ? "" : ", certificate " + stationCertificate) + "]";
    }
}
