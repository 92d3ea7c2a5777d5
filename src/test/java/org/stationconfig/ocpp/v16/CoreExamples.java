package org.stationconfig.ocpp.v16;

import static org.stationconfig.ocpp.v16.Example.d;
import static org.stationconfig.ocpp.v16.Example.put;
import static org.stationconfig.ocpp.v16.Example.t;

import java.util.List;
import java.util.Map;
import org.stationconfig.ocpp.v16.core.Authorize;
import org.stationconfig.ocpp.v16.core.BootNotification;
import org.stationconfig.ocpp.v16.core.ChangeAvailability;
import org.stationconfig.ocpp.v16.core.ChangeConfiguration;
import org.stationconfig.ocpp.v16.core.ClearCache;
import org.stationconfig.ocpp.v16.core.DataTransfer;
import org.stationconfig.ocpp.v16.core.GetConfiguration;
import org.stationconfig.ocpp.v16.core.Heartbeat;
import org.stationconfig.ocpp.v16.core.MeterValues;
import org.stationconfig.ocpp.v16.core.RemoteStartTransaction;
import org.stationconfig.ocpp.v16.core.RemoteStopTransaction;
import org.stationconfig.ocpp.v16.core.Reset;
import org.stationconfig.ocpp.v16.core.StartTransaction;
import org.stationconfig.ocpp.v16.core.StatusNotification;
import org.stationconfig.ocpp.v16.core.StopTransaction;
import org.stationconfig.ocpp.v16.core.UnlockConnector;
import org.stationconfig.ocpp.v16.types.AuthorizationStatus;
import org.stationconfig.ocpp.v16.types.ChargePointErrorCode;
import org.stationconfig.ocpp.v16.types.ChargePointStatus;
import org.stationconfig.ocpp.v16.types.ChargingProfile;
import org.stationconfig.ocpp.v16.types.ChargingProfileKind;
import org.stationconfig.ocpp.v16.types.ChargingProfilePurpose;
import org.stationconfig.ocpp.v16.types.ChargingRateUnit;
import org.stationconfig.ocpp.v16.types.ChargingSchedule;
import org.stationconfig.ocpp.v16.types.ChargingSchedulePeriod;
import org.stationconfig.ocpp.v16.types.IdTagInfo;
import org.stationconfig.ocpp.v16.types.KeyValue;
import org.stationconfig.ocpp.v16.types.Location;
import org.stationconfig.ocpp.v16.types.Measurand;
import org.stationconfig.ocpp.v16.types.MeterValue;
import org.stationconfig.ocpp.v16.types.Phase;
import org.stationconfig.ocpp.v16.types.ReadingContext;
import org.stationconfig.ocpp.v16.types.RemoteStartStopStatus;
import org.stationconfig.ocpp.v16.types.SampledValue;
import org.stationconfig.ocpp.v16.types.UnitOfMeasure;
import org.stationconfig.ocpp.v16.types.ValueFormat;

/** Core profile examples; each mirrors golden/&lt;Action&gt;.json. */
final class CoreExamples {

    private static final String TAG = "04E91C5A123456";

    private CoreExamples() {
    }

    static void addTo(Map<String, Example> examples) {
        put(examples, Authorize.ACTION, new Authorize.Request(TAG),
                new Authorize.Response(new IdTagInfo(t("2026-12-31T23:59:59Z"), "PARENT01", AuthorizationStatus.Accepted)));
        put(examples, BootNotification.ACTION,
                new BootNotification.Request("StationCo", "AC22-2", "SN-0001", "CB-0001", "1.4.2", "8949020000000000001",
                        "262011234567890", "EM340", "MTR-77"),
                new BootNotification.Response(BootNotification.RegistrationStatus.Accepted, t("2026-11-22T10:15:30Z"), 300));
        put(examples, ChangeAvailability.ACTION, new ChangeAvailability.Request(0, ChangeAvailability.AvailabilityType.Inoperative),
                new ChangeAvailability.Response(ChangeAvailability.AvailabilityStatus.Scheduled));
        put(examples, ChangeConfiguration.ACTION, new ChangeConfiguration.Request("HeartbeatInterval", "900"),
                new ChangeConfiguration.Response(ChangeConfiguration.ConfigurationStatus.RebootRequired));
        put(examples, ClearCache.ACTION, new ClearCache.Request(), new ClearCache.Response(ClearCache.ClearCacheStatus.Accepted));
        put(examples, DataTransfer.ACTION, new DataTransfer.Request("com.stationco", "SetDisplay", "{\"text\":\"Hello\"}"),
                new DataTransfer.Response(DataTransfer.DataTransferStatus.UnknownMessageId, "none"));
        put(examples, GetConfiguration.ACTION, new GetConfiguration.Request(List.of("HeartbeatInterval", "NoSuchKey")),
                new GetConfiguration.Response(List.of(new KeyValue("HeartbeatInterval", false, "900"),
                        new KeyValue("NumberOfConnectors", true, "2"), new KeyValue("MeterValuesSampledData", false, null)),
                        List.of("NoSuchKey")));
        put(examples, Heartbeat.ACTION, new Heartbeat.Request(), new Heartbeat.Response(t("2026-11-22T10:15:30Z")));
        put(examples, MeterValues.ACTION, new MeterValues.Request(1, 4711, List.of(new MeterValue(t("2026-11-22T10:15:30Z"), List.of(
                new SampledValue("12345.6", ReadingContext.SAMPLE_PERIODIC, ValueFormat.Raw, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER,
                        null, Location.Outlet, UnitOfMeasure.Wh),
                new SampledValue("229.8", null, null, Measurand.VOLTAGE, Phase.L1_N, null, UnitOfMeasure.V),
                new SampledValue("16.0", null, null, Measurand.CURRENT_IMPORT, Phase.L1, null, UnitOfMeasure.A),
                new SampledValue("35.5", null, null, Measurand.TEMPERATURE, null, Location.Body, UnitOfMeasure.Celsius),
                new SampledValue("80", ReadingContext.TRANSACTION_BEGIN, null, Measurand.SOC, null, Location.EV, UnitOfMeasure.Percent),
                new SampledValue("A1B2", ReadingContext.SAMPLE_CLOCK, ValueFormat.SignedData, Measurand.ENERGY_REACTIVE_EXPORT_INTERVAL,
                        Phase.L3_L1, Location.Cable, UnitOfMeasure.kvarh))))),
                new MeterValues.Response());
        put(examples, RemoteStartTransaction.ACTION, new RemoteStartTransaction.Request(1, TAG, new ChargingProfile(12, null, 1,
                        ChargingProfilePurpose.TxProfile, ChargingProfileKind.Relative, null, null, null,
                        new ChargingSchedule(3600, null, ChargingRateUnit.A, List.of(
                                new ChargingSchedulePeriod(0, d("16.0"), 3), new ChargingSchedulePeriod(1800, d("10.5"), null)), d("6.0")))),
                new RemoteStartTransaction.Response(RemoteStartStopStatus.Accepted));
        put(examples, RemoteStopTransaction.ACTION, new RemoteStopTransaction.Request(4711),
                new RemoteStopTransaction.Response(RemoteStartStopStatus.Rejected));
        put(examples, Reset.ACTION, new Reset.Request(Reset.ResetType.Soft), new Reset.Response(Reset.ResetStatus.Accepted));
        put(examples, StartTransaction.ACTION, new StartTransaction.Request(1, TAG, 12000, 42, t("2026-11-22T10:15:30Z")),
                new StartTransaction.Response(IdTagInfo.of(AuthorizationStatus.Accepted), 4711));
        put(examples, StatusNotification.ACTION, new StatusNotification.Request(2, ChargePointErrorCode.GroundFailure, "RCD tripped",
                        ChargePointStatus.Faulted, t("2026-11-22T10:15:30Z"), "com.stationco", "E-RCD-01"),
                new StatusNotification.Response());
        put(examples, StopTransaction.ACTION, new StopTransaction.Request(TAG, 15500, t("2026-11-22T11:15:30Z"), 4711,
                        StopTransaction.Reason.EVDisconnected, List.of(
                                new MeterValue(t("2026-11-22T10:15:30Z"), List.of(new SampledValue("12000", ReadingContext.TRANSACTION_BEGIN,
                                        null, null, null, null, UnitOfMeasure.Wh))),
                                new MeterValue(t("2026-11-22T11:15:30Z"), List.of(new SampledValue("15500", ReadingContext.TRANSACTION_END,
                                        null, null, null, null, UnitOfMeasure.Wh))))),
                new StopTransaction.Response(IdTagInfo.of(AuthorizationStatus.Blocked)));
        put(examples, UnlockConnector.ACTION, new UnlockConnector.Request(1),
                new UnlockConnector.Response(UnlockConnector.UnlockStatus.Unlocked));
    }
}
