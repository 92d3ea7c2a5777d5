package org.stationconfig.charging.ocpp;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import org.stationconfig.charging.LimitPeriod;
import org.stationconfig.charging.LimitProfile;
import org.stationconfig.charging.LimitSchedule;
import org.stationconfig.charging.ProfileKind;
import org.stationconfig.charging.ProfilePurpose;
import org.stationconfig.charging.RateUnit;
import org.stationconfig.charging.Recurrence;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.ocpp.rpc.PayloadReader;
import org.stationconfig.ocpp.rpc.PayloadWriter;
import org.stationconfig.ocpp.v16.types.ChargingProfile;
import org.stationconfig.ocpp.v16.types.ChargingProfileKind;
import org.stationconfig.ocpp.v16.types.ChargingProfilePurpose;
import org.stationconfig.ocpp.v16.types.ChargingRateUnit;
import org.stationconfig.ocpp.v16.types.ChargingSchedule;
import org.stationconfig.ocpp.v16.types.ChargingSchedulePeriod;
import org.stationconfig.ocpp.v16.types.RecurrencyKind;

/** A charging profile and its schedule ↔ OCPP 1.6 ChargingProfile and ChargingSchedule (S16 ch.7), field by field. */
public final class ProfileWire {

    private static final PayloadWriter WRITER = new PayloadWriter();
    private static final PayloadReader READER = new PayloadReader();

    private ProfileWire() {
    }

    /** The profile as it is stored: its OCPP 1.6 JSON. */
    public static String json(LimitProfile profile) {
        return JsonText.write(WRITER.write(toWire(profile)));
    }

    public static LimitProfile fromJson(String json) throws IOException {
        return fromWire(READER.read(JsonText.parse(json), ChargingProfile.class));
    }

    public static LimitProfile fromWire(ChargingProfile p) {
        return new LimitProfile(p.chargingProfileId(), p.transactionId(), p.stackLevel(),
                fromWire(p.chargingProfilePurpose()), fromWire(p.chargingProfileKind()),
                p.recurrencyKind() == null ? null : fromWire(p.recurrencyKind()), p.validFrom(), p.validTo(),
                fromWire(p.chargingSchedule()));
    }

    public static ChargingProfile toWire(LimitProfile p) {
        return new ChargingProfile(p.chargingProfileId(), p.transactionId(), p.stackLevel(),
                toWire(p.chargingProfilePurpose()), toWire(p.chargingProfileKind()),
                p.recurrencyKind() == null ? null : toWire(p.recurrencyKind()), p.validFrom(), p.validTo(),
                toWire(p.chargingSchedule()));
    }

    public static LimitSchedule fromWire(ChargingSchedule s) {
        return new LimitSchedule(s.duration(), s.startSchedule(), fromWire(s.chargingRateUnit()),
                s.chargingSchedulePeriod().stream()
                        .map(period -> new LimitPeriod(period.startPeriod(), period.limit(), period.numberPhases()))
                        .toList(), s.minChargingRate());
    }

    public static ChargingSchedule toWire(LimitSchedule s) {
        return new ChargingSchedule(s.duration(), s.startSchedule(), toWire(s.chargingRateUnit()),
                s.chargingSchedulePeriod().stream()
                        .map(period -> new ChargingSchedulePeriod(period.startPeriod(), period.limit(),
                                period.numberPhases()))
                        .toList(), s.minChargingRate());
    }

    public static @Nullable LimitProfile fromWireOrNull(@Nullable ChargingProfile profile) {
        return profile == null ? null : fromWire(profile);
    }

    public static ProfilePurpose fromWire(ChargingProfilePurpose purpose) {
        return switch (purpose) {
            case ChargePointMaxProfile -> ProfilePurpose.ChargePointMaxProfile;
            case TxDefaultProfile -> ProfilePurpose.TxDefaultProfile;
            case TxProfile -> ProfilePurpose.TxProfile;
        };
    }

    public static ChargingProfilePurpose toWire(ProfilePurpose purpose) {
        return switch (purpose) {
            case ChargePointMaxProfile -> ChargingProfilePurpose.ChargePointMaxProfile;
            case TxDefaultProfile -> ChargingProfilePurpose.TxDefaultProfile;
            case TxProfile -> ChargingProfilePurpose.TxProfile;
        };
    }

    public static ProfileKind fromWire(ChargingProfileKind kind) {
        return switch (kind) {
            case Absolute -> ProfileKind.Absolute;
            case Recurring -> ProfileKind.Recurring;
            case Relative -> ProfileKind.Relative;
        };
    }

    public static ChargingProfileKind toWire(ProfileKind kind) {
        return switch (kind) {
            case Absolute -> ChargingProfileKind.Absolute;
            case Recurring -> ChargingProfileKind.Recurring;
            case Relative -> ChargingProfileKind.Relative;
        };
    }

    public static Recurrence fromWire(RecurrencyKind kind) {
        return switch (kind) {
            case Daily -> Recurrence.Daily;
            case Weekly -> Recurrence.Weekly;
        };
    }

    public static RecurrencyKind toWire(Recurrence recurrence) {
        return switch (recurrence) {
            case Daily -> RecurrencyKind.Daily;
            case Weekly -> RecurrencyKind.Weekly;
        };
    }

    public static RateUnit fromWire(ChargingRateUnit unit) {
        return switch (unit) {
            case A -> RateUnit.A;
            case W -> RateUnit.W;
        };
    }

    public static ChargingRateUnit toWire(RateUnit unit) {
        return switch (unit) {
            case A -> ChargingRateUnit.A;
            case W -> ChargingRateUnit.W;
        };
    }
}
