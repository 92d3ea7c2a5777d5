package org.stationconfig.charging;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.stationconfig.charging.schedule.CompositeSchedule;
import org.stationconfig.clock.StationClock;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/**
 * The current the station may offer now, and which limit decides it (SPEC §4): the hardware maximum, lowered by the
 * charging profiles; and while OCPP is on but the station is not connected and Accepted, additionally capped at
 * {@code fallbackLimit} (below 6 A: 0 A). The charging hardware reads this before every change of offered current.
 */
@Singleton
public class ActiveLimits {

    static final BigDecimal MINIMUM_CHARGING_CURRENT = BigDecimal.valueOf(6);

    private final StationProperties station;
    private final SettingsStore settings;
    private final CentralSystem centralSystem;
    private final ChargingProfiles profiles;
    private final StationClock clock;

    public ActiveLimits(StationProperties station, SettingsStore settings, CentralSystem centralSystem,
                        ChargingProfiles profiles, StationClock clock) {
        this.station = station;
        this.settings = settings;
        this.centralSystem = centralSystem;
        this.profiles = profiles;
        this.clock = clock;
    }

    public ActiveLimit current() {
        SettingsSnapshot snapshot = settings.current();
        BigDecimal hardware = station.maxCurrent();
        ActiveLimit limit = new ActiveLimit(hardware, ActiveLimit.Source.HARDWARE, "the station's maximum current");
        Optional<CompositeSchedule.Limit> profile = profiles.stationLimit(clock.now());
        if (profile.isPresent() && profile.get().amps().compareTo(hardware) < 0) {
            // OCPP 1.6 §3.13.6: the profiles the station holds keep applying while offline
            BigDecimal amps = profile.get().amps().setScale(1, RoundingMode.DOWN);
            limit = new ActiveLimit(amps, ActiveLimit.Source.CHARGING_PROFILE, "charging profile "
                    + profile.get().profile().chargingProfileId() + " (ChargePointMaxProfile, stack level "
                    + profile.get().profile().stackLevel() + ") limits the station to " + amps.toPlainString() + " A");
        }
        if (snapshot.get(Setting.ENABLED) && !centralSystem.online()) {
            BigDecimal fallback = snapshot.get(Setting.FALLBACK_LIMIT);
            BigDecimal effective = fallback.compareTo(MINIMUM_CHARGING_CURRENT) < 0 ? BigDecimal.ZERO : fallback;
            // offline, the fallback decides even when it equals the other limits: the installer should see it applies
            if (effective.compareTo(limit.amps()) <= 0) {
                limit = new ActiveLimit(effective, ActiveLimit.Source.FALLBACK, "not connected to the central system: "
                        + "the fallback limit of " + fallback.toPlainString() + " A applies"
                        + (effective.signum() == 0 && fallback.signum() > 0 ? " (below 6 A, so no charging)" : ""));
            }
        }
        return limit;
    }
}
