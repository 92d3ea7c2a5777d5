package org.stationconfig.ocpp.v16;

import static org.stationconfig.ocpp.v16.Example.d;
import static org.stationconfig.ocpp.v16.Example.put;
import static org.stationconfig.ocpp.v16.Example.t;

import java.util.List;
import java.util.Map;
import org.stationconfig.ocpp.v16.firmware.DiagnosticsStatusNotification;
import org.stationconfig.ocpp.v16.firmware.FirmwareStatusNotification;
import org.stationconfig.ocpp.v16.firmware.GetDiagnostics;
import org.stationconfig.ocpp.v16.firmware.UpdateFirmware;
import org.stationconfig.ocpp.v16.localauth.GetLocalListVersion;
import org.stationconfig.ocpp.v16.localauth.SendLocalList;
import org.stationconfig.ocpp.v16.remotetrigger.TriggerMessage;
import org.stationconfig.ocpp.v16.reservation.CancelReservation;
import org.stationconfig.ocpp.v16.reservation.ReserveNow;
import org.stationconfig.ocpp.v16.smartcharging.ClearChargingProfile;
import org.stationconfig.ocpp.v16.smartcharging.GetCompositeSchedule;
import org.stationconfig.ocpp.v16.smartcharging.SetChargingProfile;
import org.stationconfig.ocpp.v16.types.AuthorizationData;
import org.stationconfig.ocpp.v16.types.AuthorizationStatus;
import org.stationconfig.ocpp.v16.types.ChargingProfile;
import org.stationconfig.ocpp.v16.types.ChargingProfileKind;
import org.stationconfig.ocpp.v16.types.ChargingProfilePurpose;
import org.stationconfig.ocpp.v16.types.ChargingRateUnit;
import org.stationconfig.ocpp.v16.types.ChargingSchedule;
import org.stationconfig.ocpp.v16.types.ChargingSchedulePeriod;
import org.stationconfig.ocpp.v16.types.IdTagInfo;
import org.stationconfig.ocpp.v16.types.RecurrencyKind;
import org.stationconfig.ocpp.v16.types.TriggerMessageStatus;

/** Firmware, local list, reservation, smart charging and remote trigger examples; each mirrors its golden JSON. */
final class ProfileExamples {

    private ProfileExamples() {
    }

    static void addTo(Map<String, Example> examples) {
        put(examples, DiagnosticsStatusNotification.ACTION,
                new DiagnosticsStatusNotification.Request(DiagnosticsStatusNotification.DiagnosticsStatus.Uploaded),
                new DiagnosticsStatusNotification.Response());
        put(examples, FirmwareStatusNotification.ACTION,
                new FirmwareStatusNotification.Request(FirmwareStatusNotification.FirmwareStatus.InstallationFailed),
                new FirmwareStatusNotification.Response());
        put(examples, GetDiagnostics.ACTION, new GetDiagnostics.Request("ftp://logs.example.com/uploads/", 3, 60,
                        t("2026-11-21T00:00:00Z"), t("2026-11-22T00:00:00Z")),
                new GetDiagnostics.Response("diagnostics-20261122.zip"));
        put(examples, UpdateFirmware.ACTION, new UpdateFirmware.Request("https://fw.example.com/ac22-1.5.0.bin", 2,
                        t("2026-11-23T02:00:00Z"), 300),
                new UpdateFirmware.Response());
        put(examples, GetLocalListVersion.ACTION, new GetLocalListVersion.Request(), new GetLocalListVersion.Response(5));
        put(examples, SendLocalList.ACTION, new SendLocalList.Request(6, List.of(
                        new AuthorizationData("04E91C5A123456", new IdTagInfo(t("2027-01-01T00:00:00Z"), null, AuthorizationStatus.Accepted)),
                        new AuthorizationData("DEADBEEF", null)), SendLocalList.UpdateType.Differential),
                new SendLocalList.Response(SendLocalList.UpdateStatus.VersionMismatch));
        put(examples, CancelReservation.ACTION, new CancelReservation.Request(42),
                new CancelReservation.Response(CancelReservation.CancelReservationStatus.Rejected));
        put(examples, ReserveNow.ACTION, new ReserveNow.Request(1, t("2026-11-22T12:00:00Z"), "04E91C5A123456", "PARENT01", 42),
                new ReserveNow.Response(ReserveNow.ReservationStatus.Occupied));
        put(examples, ClearChargingProfile.ACTION, new ClearChargingProfile.Request(12, 1, ChargingProfilePurpose.TxDefaultProfile, 2),
                new ClearChargingProfile.Response(ClearChargingProfile.ClearChargingProfileStatus.Unknown));
        put(examples, GetCompositeSchedule.ACTION, new GetCompositeSchedule.Request(1, 86400, ChargingRateUnit.W),
                new GetCompositeSchedule.Response(GetCompositeSchedule.GetCompositeScheduleStatus.Accepted, 1, t("2026-11-22T10:15:30Z"),
                        new ChargingSchedule(86400, t("2026-11-22T10:15:30Z"), ChargingRateUnit.W, List.of(
                                new ChargingSchedulePeriod(0, d("11000.0"), 3), new ChargingSchedulePeriod(3600, d("7400.0"), null)), null)));
        put(examples, SetChargingProfile.ACTION, new SetChargingProfile.Request(0, new ChargingProfile(3, null, 0,
                        ChargingProfilePurpose.ChargePointMaxProfile, ChargingProfileKind.Recurring, RecurrencyKind.Daily,
                        t("2026-11-22T00:00:00Z"), t("2027-11-22T00:00:00Z"),
                        new ChargingSchedule(null, t("2026-11-22T00:00:00Z"), ChargingRateUnit.A, List.of(
                                new ChargingSchedulePeriod(0, d("32.0"), null), new ChargingSchedulePeriod(28800, d("20.0"), null)), null))),
                new SetChargingProfile.Response(SetChargingProfile.ChargingProfileStatus.Accepted));
        put(examples, TriggerMessage.ACTION, new TriggerMessage.Request(TriggerMessage.MessageTrigger.StatusNotification, 1),
                new TriggerMessage.Response(TriggerMessageStatus.NotImplemented));
    }
}
