package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.IdTagInfo;
import org.stationconfig.ocpp.v16.types.MeterValue;

/** S16 §4.10: reason is optional (absent means Local); transactionData per StopTxn*Data keys. */
public final class StopTransaction {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "StopTransaction", Request.class, Response.class, FeatureProfile.Core);

    private StopTransaction() {
    }

    @Introspected
    public record Request(
            @Size(max = 20) String idTag,
            int meterStop,
            @NotNull Instant timestamp,
            int transactionId,
            Reason reason,
            List<MeterValue> transactionData) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(IdTagInfo idTagInfo) {
    }

    public enum Reason { EmergencyStop, EVDisconnected, HardReset, Local, Other, PowerLoss, Reboot, Remote, SoftReset, UnlockCommand, DeAuthorized }
}
