package org.stationconfig.connection;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.rules.AccessKeys;
import org.stationconfig.settings.rules.ConnectionUrls;

/**
 * The settings a connection is made with: every setting declared {@code connection()} in the catalog, by key, as
 * canonical text. A change of any of them is a reconnect, and a trial (SPEC §3); the last set that worked is kept to
 * roll back to.
 *
 * @param settings           canonical value per setting key, in declaration order (the order a rollback restores them);
 *                           null where unset (the access key)
 * @param stationCertificate SHA-256 fingerprint of the certificate profile 3 presents; null on other profiles
 */
public record ConnectionParameters(Map<String, String> settings, @Nullable String stationCertificate) {

    /** Not a setting: the station certificate in use, tried and rolled back like one (SPEC §6). */
    public static final String STATION_CERTIFICATE = "stationCertificate";

    public ConnectionParameters {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The settings alone, without a station certificate (for checks that do not dial with profile 3). */
    public static ConnectionParameters of(SettingsSnapshot settings) {
        return of(settings, null);
    }

    public static ConnectionParameters of(SettingsSnapshot settings, @Nullable String presentedCertificate) {
        Map<String, String> values = new LinkedHashMap<>();
        settings.registry().connectionKeys().forEach(key -> values.put(key, settings.value(key)));
        return new ConnectionParameters(values, settings.get(Setting.SECURITY_PROFILE) == 3 ? presentedCertificate : null);
    }

    private <T> T get(Setting<T> setting) {
        return setting.read(settings.get(setting.key()));
    }

    public String centralSystemUrl() {
        return get(Setting.CENTRAL_SYSTEM_URL);
    }

    public String chargePointId() {
        return get(Setting.CHARGE_POINT_ID);
    }

    public int securityProfile() {
        return get(Setting.SECURITY_PROFILE);
    }

    /** The canonical access key ({@code hex:...}/{@code text:...}) or null. */
    @Nullable
    public String accessKey() {
        return get(Setting.ACCESS_KEY);
    }

    public boolean hexAsText() {
        return get(Setting.AUTHORIZATION_KEY_HEX_AS_TEXT);
    }

    public URI effectiveUri() {
        return URI.create(ConnectionUrls.effective(centralSystemUrl(), chargePointId(), securityProfile()));
    }

    /** Basic-auth password for profiles 1 and 2 (whitepaper A00.FR.203/302), none otherwise. */
    @Nullable
    public byte[] password() {
        int profile = securityProfile();
        return (profile == 1 || profile == 2) && accessKey() != null ? AccessKeys.bytes(accessKey(), hexAsText()) : null;
    }

    public boolean tls() {
        return securityProfile() >= 2;
    }

    /** Connecting to another endpoint or as another identity needs a new BootNotification. */
    public boolean sameEndpoint(ConnectionParameters other) {
        return other != null && Objects.equals(centralSystemUrl(), other.centralSystemUrl())
                && Objects.equals(chargePointId(), other.chargePointId());
    }

    /** The setting keys whose values differ from {@code other}, then {@link #STATION_CERTIFICATE} if that differs. */
    public List<String> differences(ConnectionParameters other) {
        List<String> keys = new ArrayList<>();
        settings.forEach((key, value) -> {
            if (!Objects.equals(value, other.settings.get(key))) {
                keys.add(key);
            }
        });
        if (!Objects.equals(stationCertificate, other.stationCertificate)) {
            keys.add(STATION_CERTIFICATE);
        }
        return keys;
    }

    /**
     * These parameters with the settings they lack taken from {@code current}: a setting declared after they were
     * kept did not exist when they worked, so its value now is the one they go with (no migration per new setting).
     */
    public ConnectionParameters completedFrom(ConnectionParameters current) {
        if (settings.keySet().containsAll(current.settings.keySet())) {
            return this;
        }
        Map<String, String> completed = new LinkedHashMap<>();
        current.settings.forEach((key, value) -> completed.put(key, settings.containsKey(key) ? settings.get(key) : value));
        return new ConnectionParameters(completed, stationCertificate);
    }

    @Override
    public String toString() {
        return "ConnectionParameters[" + centralSystemUrl() + ", id " + chargePointId() + ", profile " + securityProfile()
                + ", key " + AccessKeys.describe(accessKey())
                + (stationCertificate == null ? "" : ", certificate " + stationCertificate) + "]";
    }
}
