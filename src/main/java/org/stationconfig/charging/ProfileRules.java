package org.stationconfig.charging;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;

/**
 * What makes a charging profile unfit to install (S16 §3.13, §5.16, ch.7, and the SmartCharging configuration keys):
 * the answer is Rejected and the reason goes to the log, since SetChargingProfile.conf has no field for it.
 */
public final class ProfileRules {

    private ProfileRules() {
    }

    /** Why the profile cannot be installed on the connector; empty when it can. */
    public static Optional<String> refusal(int connectorId, LimitProfile profile, SettingsSnapshot settings,
                                           Instant now) {
        ProfilePurpose purpose = profile.chargingProfilePurpose();
        if (purpose == ProfilePurpose.ChargePointMaxProfile && connectorId != 0) {
            return Optional.of("a ChargePointMaxProfile can only be set on connector 0");
        }
        if (purpose == ProfilePurpose.TxProfile && connectorId == 0) {
            return Optional.of("a TxProfile needs the connector of its transaction, not 0");
        }
        if (purpose != ProfilePurpose.TxProfile && profile.transactionId() != null) {
            return Optional.of("only a TxProfile may name a transactionId");
        }
        return content(profile, settings, now);
    }

    /**
     * Why the TxProfile a RemoteStartTransaction brings cannot be used (S16 §5.11: a TxProfile without a
     * transactionId, there is none yet); empty when it can, or when there is none.
     */
    public static Optional<String> remoteStartRefusal(@Nullable LimitProfile profile, SettingsSnapshot settings,
                                                      Instant now) {
        if (profile == null) {
            return Optional.empty();
        }
        if (profile.chargingProfilePurpose() != ProfilePurpose.TxProfile || profile.transactionId() != null) {
            return Optional.of("a RemoteStartTransaction may only bring a TxProfile without a transactionId");
        }
        return content(profile, settings, now);
    }

    /** The rules for the profile itself, wherever it is set. */
    private static Optional<String> content(LimitProfile profile, SettingsSnapshot settings, Instant now) {
        int maxStackLevel = settings.get(Setting.CHARGE_PROFILE_MAX_STACK_LEVEL);
        if (profile.stackLevel() > maxStackLevel) {
            return Optional.of("stack level " + profile.stackLevel() + " is above ChargeProfileMaxStackLevel "
                    + maxStackLevel);
        }
        if (profile.validFrom() != null && profile.validTo() != null && !profile.validTo().isAfter(profile.validFrom())) {
            return Optional.of("validTo is not after validFrom");
        }
        if (profile.validTo() != null && !profile.validTo().isAfter(now)) {
            return Optional.of("validTo has passed");
        }
        return kind(profile).or(() -> schedule(profile.chargingSchedule(), settings));
    }

    private static Optional<String> kind(LimitProfile profile) {
        Instant startSchedule = profile.chargingSchedule().startSchedule();
        if (profile.chargingProfileKind() == ProfileKind.Recurring
                && (profile.recurrencyKind() == null || startSchedule == null)) {
            return Optional.of("a Recurring profile needs a recurrencyKind and a startSchedule");
        }
        if (profile.chargingProfileKind() == ProfileKind.Absolute && startSchedule == null
                && profile.chargingProfilePurpose() != ProfilePurpose.TxProfile) {
            return Optional.of("an Absolute profile needs a startSchedule (only a TxProfile may start with its transaction)");
        }
        return Optional.empty();
    }

    private static Optional<String> schedule(LimitSchedule schedule, SettingsSnapshot settings) {
        List<LimitPeriod> periods = schedule.chargingSchedulePeriod();
        String unit = schedule.chargingRateUnit() == RateUnit.A ? "Current" : "Power";
        if (!settings.get(Setting.CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT).contains(unit)) {
            return Optional.of("schedules in " + schedule.chargingRateUnit()
                    + " are not allowed by ChargingScheduleAllowedChargingRateUnit");
        }
        if (schedule.duration() != null && schedule.duration() <= 0) {
            return Optional.of("the schedule's duration must be positive");
        }
        int maxPeriods = settings.get(Setting.CHARGING_SCHEDULE_MAX_PERIODS);
        if (periods.isEmpty() || periods.size() > maxPeriods) {
            return Optional.of("a schedule needs 1 to " + maxPeriods + " periods (ChargingScheduleMaxPeriods), not "
                    + periods.size());
        }
        if (periods.get(0).startPeriod() != 0) {
            return Optional.of("the first period must start at 0");
        }
        for (int i = 0; i < periods.size(); i++) {
            LimitPeriod period = periods.get(i);
            if (i > 0 && period.startPeriod() <= periods.get(i - 1).startPeriod()) {
                return Optional.of("periods must be in increasing startPeriod order");
            }
            if (period.limit().signum() < 0) {
                return Optional.of("a limit cannot be negative");
            }
            if (period.numberPhases() != null && (period.numberPhases() < 1 || period.numberPhases() > 3)) {
                return Optional.of("numberPhases must be 1, 2 or 3");
            }
        }
        return Optional.empty();
    }
}
