package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.charging.ChargingProfiles;
import org.stationconfig.charging.InstalledProfile;
import org.stationconfig.charging.LimitProfile;
import org.stationconfig.charging.LimitSchedule;
import org.stationconfig.charging.ProfileFilter;
import org.stationconfig.charging.ProfilePurpose;
import org.stationconfig.charging.ProfileRules;
import org.stationconfig.charging.RateUnit;
import org.stationconfig.charging.schedule.CompositeSchedule;
import org.stationconfig.clock.StationClock;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/**
 * The central system's smart charging requests (S16 §3.13, §5.5, §5.7, §5.16), judged on the station thread against
 * the connectors and their transactions; an installed or cleared profile takes effect on the power path at once.
 */
@Singleton
public class SmartCharging {

    private static final Logger LOG = LoggerFactory.getLogger(SmartCharging.class);

    private final StationThread thread;
    private final Connectors connectors;
    private final PowerControl power;
    private final ChargingProfiles profiles;
    private final SettingsStore settings;
    private final StationClock clock;

    SmartCharging(StationThread thread, Connectors connectors, PowerControl power, ChargingProfiles profiles,
                  SettingsStore settings, StationClock clock) {
        this.thread = thread;
        this.connectors = connectors;
        this.power = power;
        this.profiles = profiles;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * SetChargingProfile: Accepted and in force at once, or Rejected (the reason is logged) when a rule of
     * {@link ProfileRules} is broken, the connector does not exist, a TxProfile has no transaction to apply to or
     * names another one, or the station would hold more than MaxChargingProfilesInstalled profiles.
     */
    public CompletableFuture<Acceptance> set(int connectorId, LimitProfile profile) {
        return CompletableFuture.supplyAsync(() -> {
            InstalledProfile wanted = new InstalledProfile(connectorId, profile);
            Optional<String> refusal = refusal(wanted);
            if (refusal.isPresent()) {
                LOG.info("SetChargingProfile {} on connector {} rejected: {}", wanted.id(), wanted.connectorId(),
                        refusal.get());
                return Acceptance.Rejected;
            }
            profiles.install(wanted);
            power.apply();
            return Acceptance.Accepted;
        }, thread);
    }

    /** ClearChargingProfile: how many profiles matched and are gone (none: Unknown). */
    public CompletableFuture<Integer> clear(ProfileFilter filter) {
        return CompletableFuture.supplyAsync(() -> {
            int cleared = profiles.clear(filter);
            power.apply();
            return cleared;
        }, thread);
    }

    /**
     * GetCompositeSchedule from now for the duration asked, in A unless W is asked for; connector 0 gives the
     * station's schedule (ChargePointMaxProfiles and the hardware), an unknown connector Rejected. A Relative
     * profile starts with the connector's transaction, or now when there is none.
     *
     * @param unit null: A
     * @return empty for a connector the station does not have
     */
    public CompletableFuture<Optional<LimitSchedule>> composite(int connectorId, int duration, @Nullable RateUnit unit) {
        return CompletableFuture.supplyAsync(() -> {
            Optional<Connector> connector = connectors.find(connectorId);
            if (connectorId != 0 && connector.isEmpty()) {
                return Optional.<LimitSchedule>empty();
            }
            Instant now = clock.now();
            Optional<OpenTransaction> transaction = connector.map(c -> c.transaction);
            Instant relativeStart = transaction.map(t -> t.record.startedAt()).orElse(now);
            return Optional.of(CompositeSchedule.compose(profiles.bearingOn(connectorId, transaction.isPresent()),
                    relativeStart, now, duration, unit == null ? RateUnit.A : unit, profiles.supply()));
        }, thread);
    }

    private Optional<String> refusal(InstalledProfile wanted) {
        if (wanted.connectorId() != 0 && connectors.find(wanted.connectorId()).isEmpty()) {
            return Optional.of("connector " + wanted.connectorId() + " does not exist");
        }
        SettingsSnapshot snapshot = settings.current();
        Optional<String> broken = ProfileRules.refusal(wanted.connectorId(), wanted.profile(), snapshot, clock.now())
                .or(() -> transactionRefusal(wanted));
        int most = snapshot.get(Setting.MAX_CHARGING_PROFILES_INSTALLED);
        if (broken.isEmpty() && profiles.countWith(wanted) > most) {
            return Optional.of("the station holds " + most + " profiles already (MaxChargingProfilesInstalled)");
        }
        return broken;
    }

    /** S16 §3.13.2: a TxProfile applies to the transaction running on its connector, never in advance of one. */
    private Optional<String> transactionRefusal(InstalledProfile wanted) {
        LimitProfile profile = wanted.profile();
        if (profile.chargingProfilePurpose() != ProfilePurpose.TxProfile) {
            return Optional.empty();
        }
        OpenTransaction transaction = connectors.find(wanted.connectorId()).map(c -> c.transaction).orElse(null);
        if (transaction == null) {
            return Optional.of("no transaction runs on connector " + wanted.connectorId());
        }
        if (profile.transactionId() != null && !profile.transactionId().equals(transaction.record.serverId())) {
            return Optional.of("transaction " + profile.transactionId() + " does not run on connector "
                    + wanted.connectorId());
        }
        return Optional.empty();
    }
}
