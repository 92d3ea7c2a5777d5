package org.stationconfig.ocpp.v16;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stationconfig.ocpp.rpc.Action;
import org.stationconfig.ocpp.rpc.ActionCatalog;
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
import org.stationconfig.ocpp.v16.firmware.DiagnosticsStatusNotification;
import org.stationconfig.ocpp.v16.firmware.FirmwareStatusNotification;
import org.stationconfig.ocpp.v16.firmware.GetDiagnostics;
import org.stationconfig.ocpp.v16.firmware.UpdateFirmware;
import org.stationconfig.ocpp.v16.localauth.GetLocalListVersion;
import org.stationconfig.ocpp.v16.localauth.SendLocalList;
import org.stationconfig.ocpp.v16.remotetrigger.TriggerMessage;
import org.stationconfig.ocpp.v16.reservation.CancelReservation;
import org.stationconfig.ocpp.v16.reservation.ReserveNow;
import org.stationconfig.ocpp.v16.security.CertificateSigned;
import org.stationconfig.ocpp.v16.security.DeleteCertificate;
import org.stationconfig.ocpp.v16.security.ExtendedTriggerMessage;
import org.stationconfig.ocpp.v16.security.GetInstalledCertificateIds;
import org.stationconfig.ocpp.v16.security.GetLog;
import org.stationconfig.ocpp.v16.security.InstallCertificate;
import org.stationconfig.ocpp.v16.security.LogStatusNotification;
import org.stationconfig.ocpp.v16.security.SecurityEventNotification;
import org.stationconfig.ocpp.v16.security.SignCertificate;
import org.stationconfig.ocpp.v16.security.SignedFirmwareStatusNotification;
import org.stationconfig.ocpp.v16.security.SignedUpdateFirmware;
import org.stationconfig.ocpp.v16.smartcharging.ClearChargingProfile;
import org.stationconfig.ocpp.v16.smartcharging.GetCompositeSchedule;
import org.stationconfig.ocpp.v16.smartcharging.SetChargingProfile;

/**
 * Every OCPP 1.6 action (facts §4: the six feature profiles and the 11 security whitepaper messages), looked up
 * by name for incoming CALLs and by request record for outgoing ones. Names and record types are unique;
 * the constructor refuses a table that repeats one.
 */
public final class ActionTable implements ActionCatalog {

    private static final ActionTable V16 = new ActionTable(List.of(
            // Core
            Authorize.ACTION,
            BootNotification.ACTION,
            ChangeAvailability.ACTION,
            ChangeConfiguration.ACTION,
            ClearCache.ACTION,
            DataTransfer.ACTION,
            GetConfiguration.ACTION,
            Heartbeat.ACTION,
            MeterValues.ACTION,
            RemoteStartTransaction.ACTION,
            RemoteStopTransaction.ACTION,
            Reset.ACTION,
            StartTransaction.ACTION,
            StatusNotification.ACTION,
            StopTransaction.ACTION,
            UnlockConnector.ACTION,
            // FirmwareManagement
            DiagnosticsStatusNotification.ACTION,
            FirmwareStatusNotification.ACTION,
            GetDiagnostics.ACTION,
            UpdateFirmware.ACTION,
            // LocalAuthListManagement
            GetLocalListVersion.ACTION,
            SendLocalList.ACTION,
            // Reservation
            CancelReservation.ACTION,
            ReserveNow.ACTION,
            // SmartCharging
            ClearChargingProfile.ACTION,
            GetCompositeSchedule.ACTION,
            SetChargingProfile.ACTION,
            // RemoteTrigger
            TriggerMessage.ACTION,
            // Security
            CertificateSigned.ACTION,
            DeleteCertificate.ACTION,
            ExtendedTriggerMessage.ACTION,
            GetInstalledCertificateIds.ACTION,
            GetLog.ACTION,
            InstallCertificate.ACTION,
            LogStatusNotification.ACTION,
            SecurityEventNotification.ACTION,
            SignCertificate.ACTION,
            SignedFirmwareStatusNotification.ACTION,
            SignedUpdateFirmware.ACTION
    ));

    private final List<ActionDefinition<?, ?>> actions;
    private final Map<String, ActionDefinition<?, ?>> byName = new HashMap<>();
    private final Map<Class<?>, ActionDefinition<?, ?>> byRequestType = new HashMap<>();

    public ActionTable(List<ActionDefinition<?, ?>> actions) {
        this.actions = List.copyOf(actions);
        Map<Class<?>, String> responseTypes = new HashMap<>();
        for (ActionDefinition<?, ?> action : this.actions) {
            if (byName.putIfAbsent(action.name(), action) != null) {
                throw new IllegalArgumentException("action " + action.name() + " is listed twice");
            }
            if (byRequestType.putIfAbsent(action.requestType(), action) != null
                    || responseTypes.putIfAbsent(action.responseType(), action.name()) != null) {
                throw new IllegalArgumentException("action " + action.name() + " reuses another action's record type");
            }
        }
    }

    /** The OCPP 1.6 table. */
    public static ActionTable v16() {
        return V16;
    }

    public List<ActionDefinition<?, ?>> all() {
        return actions;
    }

    public Optional<ActionDefinition<?, ?>> definition(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public Optional<Action<?, ?>> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public Optional<Action<?, ?>> byRequestType(Class<?> requestType) {
        return Optional.ofNullable(byRequestType.get(requestType));
    }
}
