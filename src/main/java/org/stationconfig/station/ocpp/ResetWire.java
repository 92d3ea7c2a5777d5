package org.stationconfig.station.ocpp;

import org.stationconfig.ocpp.v16.core.Reset.ResetStatus;
import org.stationconfig.ocpp.v16.core.Reset.ResetType;
import org.stationconfig.station.Acceptance;
import org.stationconfig.station.reset.ResetKind;

/** Reset (S16 §5.14) ↔ the station's reset. */
public final class ResetWire {

    private ResetWire() {
    }

    public static ResetKind fromWire(ResetType type) {
        return switch (type) {
            case Hard -> ResetKind.Hard;
            case Soft -> ResetKind.Soft;
        };
    }

    public static ResetType toWire(ResetKind kind) {
        return switch (kind) {
            case Hard -> ResetType.Hard;
            case Soft -> ResetType.Soft;
        };
    }

    public static ResetStatus toWire(Acceptance acceptance) {
        return switch (acceptance) {
            case Accepted -> ResetStatus.Accepted;
            case Rejected -> ResetStatus.Rejected;
        };
    }

    public static Acceptance fromWire(ResetStatus status) {
        return switch (status) {
            case Accepted -> Acceptance.Accepted;
            case Rejected -> Acceptance.Rejected;
        };
    }
}
