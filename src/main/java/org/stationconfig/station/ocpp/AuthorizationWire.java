package org.stationconfig.station.ocpp;

import io.micronaut.core.annotation.Nullable;
import org.stationconfig.ocpp.v16.localauth.SendLocalList;
import org.stationconfig.ocpp.v16.types.AuthorizationData;
import org.stationconfig.ocpp.v16.types.AuthorizationStatus;
import org.stationconfig.ocpp.v16.types.IdTagInfo;
import org.stationconfig.station.authorization.ListEntry;
import org.stationconfig.station.authorization.ListUpdate;
import org.stationconfig.station.authorization.ListUpdateStatus;
import org.stationconfig.station.authorization.TagStatus;
import org.stationconfig.station.authorization.TagVerdict;

/** A verdict on a tag ↔ OCPP 1.6 IdTagInfo; a list update ↔ SendLocalList (S16 ch.7, §5.15). */
public final class AuthorizationWire {

    private AuthorizationWire() {
    }

    public static TagVerdict fromWire(IdTagInfo info) {
        return new TagVerdict(info.expiryDate(), info.parentIdTag(), fromWire(info.status()));
    }

    public static IdTagInfo toWire(TagVerdict verdict) {
        return new IdTagInfo(verdict.expiryDate(), verdict.parentIdTag(), toWire(verdict.status()));
    }

    public static TagStatus fromWire(AuthorizationStatus status) {
        return switch (status) {
            case Accepted -> TagStatus.Accepted;
            case Blocked -> TagStatus.Blocked;
            case Expired -> TagStatus.Expired;
            case Invalid -> TagStatus.Invalid;
            case ConcurrentTx -> TagStatus.ConcurrentTx;
        };
    }

    public static AuthorizationStatus toWire(TagStatus status) {
        return switch (status) {
            case Accepted -> AuthorizationStatus.Accepted;
            case Blocked -> AuthorizationStatus.Blocked;
            case Expired -> AuthorizationStatus.Expired;
            case Invalid -> AuthorizationStatus.Invalid;
            case ConcurrentTx -> AuthorizationStatus.ConcurrentTx;
        };
    }

    public static ListUpdate fromWire(SendLocalList.Request request) {
        return new ListUpdate(request.listVersion(), request.updateType() == SendLocalList.UpdateType.Full
                ? ListUpdate.Kind.FULL : ListUpdate.Kind.DIFFERENTIAL,
                request.localAuthorizationList() == null ? java.util.List.of()
                        : request.localAuthorizationList().stream().map(AuthorizationWire::fromWire).toList());
    }

    public static ListEntry fromWire(AuthorizationData data) {
        return new ListEntry(data.idTag(), verdict(data.idTagInfo()));
    }

    public static SendLocalList.UpdateStatus toWire(ListUpdateStatus status) {
        return switch (status) {
            case Accepted -> SendLocalList.UpdateStatus.Accepted;
            case Failed -> SendLocalList.UpdateStatus.Failed;
            case NotSupported -> SendLocalList.UpdateStatus.NotSupported;
            case VersionMismatch -> SendLocalList.UpdateStatus.VersionMismatch;
        };
    }

    public static ListUpdateStatus fromWire(SendLocalList.UpdateStatus status) {
        return switch (status) {
            case Accepted -> ListUpdateStatus.Accepted;
            case Failed -> ListUpdateStatus.Failed;
            case NotSupported -> ListUpdateStatus.NotSupported;
            case VersionMismatch -> ListUpdateStatus.VersionMismatch;
        };
    }

    private static @Nullable TagVerdict verdict(@Nullable IdTagInfo info) {
        return info == null ? null : fromWire(info);
    }
}
