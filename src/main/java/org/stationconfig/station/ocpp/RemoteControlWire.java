package org.stationconfig.station.ocpp;

import org.stationconfig.ocpp.v16.core.ChangeAvailability.AvailabilityStatus;
import org.stationconfig.ocpp.v16.core.ChangeAvailability.AvailabilityType;
import org.stationconfig.ocpp.v16.core.ClearCache.ClearCacheStatus;
import org.stationconfig.ocpp.v16.core.UnlockConnector.UnlockStatus;
import org.stationconfig.ocpp.v16.types.RemoteStartStopStatus;
import org.stationconfig.station.Acceptance;
import org.stationconfig.station.Availability;
import org.stationconfig.station.AvailabilityChange;
import org.stationconfig.station.UnlockResult;

/** The station's answers to the central system's requests ↔ their OCPP 1.6 statuses (S16 §5.2, §5.4, §5.11, §5.12, §5.17). */
public final class RemoteControlWire {

    private RemoteControlWire() {
    }

    public static Availability fromWire(AvailabilityType type) {
        return switch (type) {
            case Operative -> Availability.Operative;
            case Inoperative -> Availability.Inoperative;
        };
    }

    public static AvailabilityType toWire(Availability availability) {
        return switch (availability) {
            case Operative -> AvailabilityType.Operative;
            case Inoperative -> AvailabilityType.Inoperative;
        };
    }

    public static AvailabilityStatus toWire(AvailabilityChange change) {
        return switch (change) {
            case Accepted -> AvailabilityStatus.Accepted;
            case Rejected -> AvailabilityStatus.Rejected;
            case Scheduled -> AvailabilityStatus.Scheduled;
        };
    }

    public static AvailabilityChange fromWire(AvailabilityStatus status) {
        return switch (status) {
            case Accepted -> AvailabilityChange.Accepted;
            case Rejected -> AvailabilityChange.Rejected;
            case Scheduled -> AvailabilityChange.Scheduled;
        };
    }

    public static UnlockStatus toWire(UnlockResult result) {
        return switch (result) {
            case Unlocked -> UnlockStatus.Unlocked;
            case UnlockFailed -> UnlockStatus.UnlockFailed;
            case NotSupported -> UnlockStatus.NotSupported;
        };
    }

    public static UnlockResult fromWire(UnlockStatus status) {
        return switch (status) {
            case Unlocked -> UnlockResult.Unlocked;
            case UnlockFailed -> UnlockResult.UnlockFailed;
            case NotSupported -> UnlockResult.NotSupported;
        };
    }

    public static RemoteStartStopStatus remoteStatus(Acceptance acceptance) {
        return switch (acceptance) {
            case Accepted -> RemoteStartStopStatus.Accepted;
            case Rejected -> RemoteStartStopStatus.Rejected;
        };
    }

    public static ClearCacheStatus clearCacheStatus(Acceptance acceptance) {
        return switch (acceptance) {
            case Accepted -> ClearCacheStatus.Accepted;
            case Rejected -> ClearCacheStatus.Rejected;
        };
    }

    public static Acceptance fromWire(RemoteStartStopStatus status) {
        return switch (status) {
            case Accepted -> Acceptance.Accepted;
            case Rejected -> Acceptance.Rejected;
        };
    }

    public static Acceptance fromWire(ClearCacheStatus status) {
        return switch (status) {
            case Accepted -> Acceptance.Accepted;
            case Rejected -> Acceptance.Rejected;
        };
    }
}
