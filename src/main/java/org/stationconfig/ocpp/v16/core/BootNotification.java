package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §4.2: sent after (re)boot; no other request until Accepted or Pending. interval is an integer (EJ 2.3). */
public final class BootNotification {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "BootNotification", Request.class, Response.class, FeatureProfile.Core);

    private BootNotification() {
    }

    @Introspected
    public record Request(
            @NotNull @Size(max = 20) String chargePointVendor,
            @NotNull @Size(max = 20) String chargePointModel,
            @Size(max = 25) String chargePointSerialNumber,
            @Size(max = 25) String chargeBoxSerialNumber,
            @Size(max = 50) String firmwareVersion,
            @Size(max = 20) String iccid,
            @Size(max = 20) String imsi,
            @Size(max = 25) String meterType,
            @Size(max = 25) String meterSerialNumber) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull RegistrationStatus status, @NotNull Instant currentTime, int interval) {
    }

    public enum RegistrationStatus { Accepted, Pending, Rejected }
}
