package org.stationconfig.ocpp.v16.types;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** S16 ch.7: the central system's verdict on an idTag. */
@Introspected
public record IdTagInfo(Instant expiryDate, @Size(max = 20) String parentIdTag, @NotNull AuthorizationStatus status) {

    public static IdTagInfo of(AuthorizationStatus status) {
        return new IdTagInfo(null, null, status);
    }
}
