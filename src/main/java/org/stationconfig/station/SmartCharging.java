package org.stationconfig.station;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.charging.ChargingProfiles;
import org.stationconfig.charging.InstalledProfile;
import org.stationconfig.charging.ProfileFilter;
import org.stationconfig.charging.ProfileRules;
import org.stationconfig.charging.schedule.CompositeSchedule;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.v16.smartcharging.ClearChargingProfile;
import org.stationconfig.ocpp.v16.smartcharging.ClearChargingProfile.ClearChargingProfileStatus;
import org.stationconfig.ocpp.v16.smartcharging.GetCompositeSchedule;
import org.stationconfig.ocpp.v16.smartcharging.GetCompositeSchedule.GetCompositeScheduleStatus;
import org.stationconfig.ocpp.v16.smartcharging.SetChargingProfile;
import org.stationconfig.ocpp.v16.smartcharging.SetChargingProfile.ChargingProfileStatus;
import org.stationconfig.ocpp.v16.types.ChargingProfile;
import org.stationconfig.ocpp.v16.types.ChargingProfilePurpose;
import org.stationconfig.ocpp.v16.types.ChargingRateUnit;
import org.stationconfig.ocpp.v16.types.ChargingSchedule;
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
    public CompletableFuture<ChargingProfileStatus> set(SetChargingProfile.Request request) {
        return CompletableFuture.supplyAsync(() -> {
            InstalledProfile wanted = new InstalledProfile(request.connectorId(), request.csChargingProfiles());
            Optional<String> refusal = refusal(wanted);
            if (refusal.isPresent()) {
                LOG.info("SetChargingProfile {} on connector {} rejected: {}", wanted.id(), wanted.connectorId(),
                        refusal.get());
                return ChargingProfileStatus.Rejected;
            }
            profiles.install(wanted);
            power.apply();
            return ChargingProfileStatus.Accepted;
        }, thread);
    }

    /** ClearChargingProfile: Accepted when a profile matched and is gone, Unknown when none matched. */
    public CompletableFuture<ClearChargingProfileStatus> clear(ClearChargingProfile.Request request) {
        return CompletableFuture.supplyAsync(() -> {
            int cleared = profiles.clear(new ProfileFilter(request.id(), request.connectorId(),
                    request.chargingProfilePurpose(), request.stackLevel()));
            power.apply();
            return cleared > 0 ? ClearChargingProfileStatus.Accepted : ClearChargingProfileStatus.Unknown;
        }, thread);
    }

    /**
     * GetCompositeSchedule from now for the duration asked, in A unless W is asked for; connector 0 gives the
     * station's schedule (ChargePointMaxProfiles and the hardware), an unknown connector Rejected. A Relative
     * profile starts with the connector's transaction, or now when there is none.
     */
    public CompletableFuture<GetCompositeSchedule.Response> composite(GetCompositeSchedule.Request request) {
        return CompletableFuture.supplyAsync(() -> {
            int connectorId = request.connectorId();
            Optional<Connector> connector = connectors.find(connectorId);
            if (connectorId != 0 && connector.isEmpty()) {
                return new GetCompositeSchedule.Response(GetCompositeScheduleStatus.Rejected, null, null, null);
            }
            Instant now = clock.now();
            Optional<OpenTransaction> transaction = connector.map(c -> c.transaction);
            Instant relativeStart = transaction.map(t -> t.record.startedAt()).orElse(now);
            ChargingRateUnit unit = request.chargingRateUnit() == null ? ChargingRateUnit.A : request.chargingRateUnit();
            ChargingSchedule schedule = CompositeSchedule.compose(profiles.bearingOn(connectorId, transaction.isPresent()),
                    relativeStart, now, request.duration(), unit, profiles.supply());
            return new GetCompositeSchedule.Response(GetCompositeScheduleStatus.Accepted, connectorId,
                    schedule.startSchedule(), schedule);
        }, thread);
    }

    private Optional<String> refusal(InstalledProfile wanted) {
        if (wanted.connectorId() != 0 && connectors.find(wanted.connectorId()).isEmpty()) {
            return Optional.of("connector " + wanted.connectorId() + " does not exist");
        }
        SettingsSnapshot snapshot = settings.current();
        Optional<String> broken = ProfileRules.refusal(wanted.connectorId(), wanted.profile(), snapshot, clock.now())
                .or(() -> transactionRefusal(wanted));
        int most = snapshot.intValue("maxChargingProfilesInstalled");
        if (broken.isEmpty() && profiles.countWith(wanted) > most) {
            return Optional.of("the station holds " + most + " profiles already (MaxChargingProfilesInstalled)");
        }
        return broken;
    }

    /** S16 §3.13.2: a TxProfile applies to the transaction running on its connector, never in advance of one. */
    private Optional<String> transactionRefusal(InstalledProfile wanted) {
        ChargingProfile profile = wanted.profile();
        if (profile.chargingProfilePurpose() != ChargingProfilePurpose.TxProfile) {
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
